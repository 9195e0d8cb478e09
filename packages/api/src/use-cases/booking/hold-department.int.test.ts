// T5 at booking: a type without an address of its own is offered at every department of the clinic; the agent picks a
// time at one of them (the search hit carries it), the booking stores that department, and the patient's confirmation
// names its address.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { AppointmentType, Clinic, Department } from '@bn/db';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, refusalText, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';
import { reindexClinics } from '../search/reindex-clinic.js';

// Synthetic national identity numbers (month + 80), valid check digits: never a real person.
const KARI = '01819012365';
const OLA = '02819012485';

describe('booking: the department of the picked time (T5)', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  /** One department, the type at it: the offer has exactly one department. */
  let single: BookableSetup;
  /** Two registered departments and a type without an address: offered at both. */
  let multi: BookableSetup;
  let majorstuen: { id: string; street: string; postcode: string; city: string };
  /** A department of the same clinic that support has not registered (D2): nothing is offered there. */
  let unregisteredId: string;
  let clinicName: string;
  let agent: Caller;
  const today = osloDate(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    single = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });

    const clinic = await createClinic(db.orm.em.fork(), { name: 'Majorstuen Fysioterapi og Kiropraktikk' });
    clinicName = clinic.name;
    multi = await createBookableSetup(db.orm.em.fork(), { clinic, insurer: n.insurerX });
    const em = db.orm.em.fork();
    const c = await em.findOneOrFail(Clinic, { id: clinic.id });
    c.severalDepartmentsNotifiedAt = new Date();
    (await em.findOneOrFail(Department, { id: multi.department.id })).registeredWithNetworkAt = new Date();
    const second = em.create(Department, {
      id: randomUUID(),
      clinic: c,
      name: 'Majorstuen',
      street: 'Bogstadveien 54',
      postcode: '0366',
      city: 'Oslo',
      registeredWithNetworkAt: new Date(),
    });
    const unregistered = em.create(Department, {
      id: randomUUID(),
      clinic: c,
      name: 'Ullevål',
      street: 'Kirkeveien 166',
      postcode: '0450',
      city: 'Oslo',
      registeredWithNetworkAt: null,
    });
    (await em.findOneOrFail(AppointmentType, { id: multi.type.id })).department = null;
    await em.flush();
    majorstuen = { id: second.id, street: second.street, postcode: second.postcode, city: second.city };
    unregisteredId = unregistered.id;
    await em.transactional((tx) => reindexClinics({ em: tx, clinicIds: [clinic.id], now: new Date(), freeTime: true }));
  });
  afterAll(() => db?.drop());

  const slotOf = async (s: BookableSetup, i = 0) => (await freeSlotsOf(db.orm, s.book.id, s.type.id))[i]!;
  const holdInput = (s: BookableSetup, startAt: Date, departmentId?: string) => ({
    bookId: s.book.id,
    typeId: s.type.id,
    tariffCode: s.tariffCode,
    startAt,
    departmentId,
  });
  const departmentOf = async (appointmentId: string) =>
    (
      await db.orm.em
        .fork()
        .execute<{ department_id: string | null }[]>('select department_id from appointment where id = ?', [
          appointmentId,
        ])
    )[0]?.department_id;

  it('the search offers the type at both registered departments, not at the unregistered one', async () => {
    const slot = await slotOf(multi);
    const hits = (await agent.search.network({ from: today, to: addDays(today, 60), limit: 100 })).hits.filter(
      (h) => h.bookId === multi.book.id && h.startAt.getTime() === slot.startAt.getTime(),
    );
    expect(hits.map((h) => h.departmentId).sort()).toEqual([multi.department.id, majorstuen.id].sort());
  });

  it('holds at the department of the search hit and stores it', async () => {
    const slot = await slotOf(multi);
    const hold = await agent.booking.hold(holdInput(multi, slot.startAt, majorstuen.id));
    expect(hold.departmentId).toBe(majorstuen.id);
    expect(await departmentOf(hold.holdId)).toBe(majorstuen.id);
    await agent.booking.release({ holdId: hold.holdId });
  });

  it('refuses a department the offer is not at (NOT_BOOKABLE, reason department) and writes nothing', async () => {
    const slot = await slotOf(multi);
    const appointments = await countRows(db.orm, 'select id from appointment');
    for (const departmentId of [unregisteredId, single.department.id, randomUUID()]) {
      const refused = await failureOf(agent.booking.hold(holdInput(multi, slot.startAt, departmentId)));
      expect(refused).toMatchObject({ data: { appCode: 'NOT_BOOKABLE', values: { reason: 'department' } } });
      expect(refusalText(refused)).toBe('Timen tilbys ikke ved den valgte avdelingen. Velg timen på nytt fra søket.');
    }
    expect(await countRows(db.orm, 'select id from appointment')).toBe(appointments);
    expect((await slotOf(multi)).startAt).toEqual(slot.startAt);
  });

  it('without a department: the offer’s only department is stored; with several, none', async () => {
    const one = await agent.booking.hold(holdInput(single, (await slotOf(single)).startAt));
    expect(one.departmentId).toBe(single.department.id);
    expect(await departmentOf(one.holdId)).toBe(single.department.id);
    await agent.booking.release({ holdId: one.holdId });
    const several = await agent.booking.hold(holdInput(multi, (await slotOf(multi)).startAt));
    expect(several.departmentId).toBeNull();
    expect(await departmentOf(several.holdId)).toBeNull();
    await agent.booking.release({ holdId: several.holdId });
  });

  it('the confirmation names the chosen department’s address and nothing sensitive; the clinic’s book and «Mine bookinger» show it', async () => {
    const hold = await agent.booking.hold(holdInput(multi, (await slotOf(multi)).startAt, majorstuen.id));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: KARI, name: 'Kari Nordmann', email: 'kari@example.no' },
      caseId: '6QPTR',
      patientRemark: 'Vondt i ryggen.',
    });
    expect(await departmentOf(booking.appointmentId)).toBe(majorstuen.id);
    const [mail] = await db.orm.em
      .fork()
      .execute<{ payload: { subject: string; text: string } }[]>(
        `select payload from outbox_message where appointment_id = ? and kind = 'confirmation'`,
        [booking.appointmentId],
      );
    expect(mail!.payload.text).toContain(`hos ${multi.practitioner.name}, ${clinicName}, Bogstadveien 54, 0366 Oslo.`);
    // The type's name is the confirmation's «what» (issue 17); nothing sensitive.
    expect(mail!.payload.text).toContain(`Hva: ${multi.type.name}`);
    for (const secret of [KARI, '6QPTR', 'Vondt i ryggen', multi.tariffCode])
      expect(JSON.stringify(mail!.payload)).not.toContain(secret);

    const mine = await agent.booking.mine({ from: today, to: addDays(today, 60) });
    expect(mine.find((b) => b.id === booking.appointmentId)?.department).toMatchObject({
      id: majorstuen.id,
      name: 'Majorstuen',
      street: 'Bogstadveien 54',
    });
  });

  it('an SMS confirmation names the address too', async () => {
    const hold = await agent.booking.hold(holdInput(multi, (await slotOf(multi)).startAt, majorstuen.id));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: OLA, name: 'Ola Nordmann', phone: '91234567' },
    });
    const [sms] = await db.orm.em
      .fork()
      .execute<{ channel: string; payload: { text: string } }[]>(
        `select channel, payload from outbox_message where appointment_id = ? and kind = 'confirmation'`,
        [booking.appointmentId],
      );
    expect(sms).toMatchObject({ channel: 'sms' });
    expect(sms!.payload.text).toContain('Bogstadveien 54, 0366 Oslo');
  });

  it('a move keeps the department while the offer is still at it, and the moved-message names it', async () => {
    const hold = await agent.booking.hold(holdInput(multi, (await slotOf(multi)).startAt, majorstuen.id));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: OLA, name: 'Ola Nordmann', email: 'ola@example.no' },
    });
    const to = await slotOf(multi, 2);
    await agent.booking.move({ appointmentId: booking.appointmentId, startAt: to.startAt });
    expect(await departmentOf(booking.appointmentId)).toBe(majorstuen.id);
    const [moved] = await db.orm.em
      .fork()
      .execute<{ payload: { text: string } }[]>(
        `select payload from outbox_message where appointment_id = ? and kind = 'confirmation' and event = 'moved'`,
        [booking.appointmentId],
      );
    expect(moved!.payload.text).toContain('Bogstadveien 54, 0366 Oslo');
  });

  it('a move takes the type’s new only department when the stored one is no longer offered', async () => {
    const hold = await agent.booking.hold(holdInput(multi, (await slotOf(multi)).startAt, majorstuen.id));
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: OLA, name: 'Ola Nordmann', email: 'ola@example.no' },
    });
    // The clinic gives the type an address of its own: the other department.
    const em = db.orm.em.fork();
    (await em.findOneOrFail(AppointmentType, { id: multi.type.id })).department = em.getReference(
      Department,
      multi.department.id,
    );
    await em.flush();
    await em.transactional((tx) =>
      reindexClinics({ em: tx, clinicIds: [multi.clinicId], now: new Date(), freeTime: true }),
    );
    const to = await slotOf(multi, 1);
    await agent.booking.move({ appointmentId: booking.appointmentId, startAt: to.startAt });
    expect(await departmentOf(booking.appointmentId)).toBe(multi.department.id);
  });
});
