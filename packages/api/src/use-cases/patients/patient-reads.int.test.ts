// The clinic's side of a booking: its books show everything the insurer sent (K1, K2), patient cards with bookings and
// claims, and every read of patient data is logged and visible to the clinic admin. Scope: who sees what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPractitioner,
  createTestDatabase,
  createTestNetwork,
  createUser,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const KARI = '01819012365';
const OLA = '02819012485';

describe('clinic reads of bookings and patients', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: BookableSetup;
  let b: BookableSetup;
  let agent: Caller;
  let colleague: Caller;
  let admin: Caller;
  let practitioner: Caller;
  const today = osloDate(new Date());
  const range = { from: today, to: addDays(today, 60) };
  const booked: Record<string, { appointmentId: string; patientId: string }> = {};

  const book = async (
    c: Caller,
    s: BookableSetup,
    nationalId: string,
    caseId: string | null,
    remark: string | null,
  ) => {
    const [slot] = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    const hold = await c.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    return c.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId, name: nationalId === KARI ? 'Kari Nordmann' : 'Ola Nordmann', email: 'p@example.no' },
      caseId,
      patientRemark: remark,
    });
  };
  const logRows = (patientId: string) =>
    db.orm.em
      .fork()
      .execute<{ actor_id: string; role: string; action: string; clinic_id: string; what: string }[]>(
        'select actor_id, role, action, clinic_id, what from access_log_entry where patient_id = ? order by created_at',
        [patientId],
      );

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    b = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicB,
      insurer: n.insurerX,
      practitioner: n.practitionerB,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    practitioner = await callerAs(db.orm, n.users.practitioner.user);
    booked.kari = await book(agent, a, KARI, '6QPTR', 'Vondt i ryggen');
    booked.ola = await book(colleague, a, OLA, null, null);
    booked.b = await book(agent, b, KARI, null, null);
  });
  afterAll(() => db?.drop());

  it('the book shows the insurer’s details on the appointment, network bookings flagged (K1, K2), and logs each patient read', async () => {
    const rows = await admin.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [a.book.id], ...range });
    const kari = rows.find((r) => r.id === booked.kari!.appointmentId);
    expect(kari).toMatchObject({
      kind: 'booking',
      status: 'active',
      type: { id: a.type.id, name: a.type.name },
      tariff: { code: a.tariffCode, name: a.insuranceTariff.name },
      insurerName: 'Forsikring X',
      caseId: '6QPTR',
      patientRemark: 'Vondt i ryggen',
      note: 'SakID: 6QPTR',
      patient: { id: booked.kari!.patientId, name: 'Kari Nordmann' },
      source: 'agent',
      viaNetwork: true,
      paidByPatient: false,
    });
    expect(rows.find((r) => r.id === booked.ola!.appointmentId)).toMatchObject({
      caseId: null,
      note: null,
      paidByPatient: true,
    });
    expect(await logRows(booked.kari!.patientId)).toContainEqual(
      expect.objectContaining({
        actor_id: n.users.clinic_admin.user.id,
        role: 'clinic_admin',
        action: 'read_appointments',
      }),
    );
    expect(await logRows(booked.ola!.patientId)).toHaveLength(1);
  });

  it('the practitioner sees its own book, not another’s; the admin not another clinic’s', async () => {
    expect(
      await practitioner.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [a.book.id], ...range }),
    ).toHaveLength(2);
    const other = await createPractitioner(db.orm.em.fork(), { clinic: n.clinicA });
    const otherUser = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'practitioner', practitioner: other })).user,
    );
    expect(
      await failureOf(otherUser.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [a.book.id], ...range })),
    ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(
      await failureOf(admin.appointments.forBooks({ clinicId: n.clinicB.id, bookIds: [b.book.id], ...range })),
    ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    // B's book smuggled in under clinic A's id.
    expect(
      await failureOf(
        admin.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [a.book.id, b.book.id], ...range }),
      ),
    ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    for (const who of ['support', 'network_operator', 'insurer_agent'] as const) {
      const c = await callerAs(db.orm, n.users[who].user);
      expect(
        await failureOf(c.appointments.forBooks({ clinicId: n.clinicA.id, bookIds: [a.book.id], ...range })),
      ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    }
  });

  it('the patient card holds the bookings and the claim created from the case id; the read is logged', async () => {
    const card = await admin.patients.get({ patientId: booked.kari!.patientId });
    expect(card).toMatchObject({
      nationalId: KARI,
      name: 'Kari Nordmann',
      birthDate: '1990-01-01',
      clinicId: n.clinicA.id,
    });
    expect(card.bookings.map((x) => x.id)).toEqual([booked.kari!.appointmentId]);
    expect(card.claims).toEqual([
      expect.objectContaining({ insurerName: 'Forsikring X', caseId: '6QPTR', createdAutomatically: true }),
    ]);
    expect((await logRows(booked.kari!.patientId)).filter((r) => r.action === 'read_patient')).toHaveLength(1);
  });

  it('finding a patient by national id returns the card or null, and logs only what was found', async () => {
    const before = await countRows(db.orm, 'select id from access_log_entry');
    expect(await admin.patients.findByNationalId({ clinicId: n.clinicA.id, nationalId: OLA })).toMatchObject({
      id: booked.ola!.patientId,
    });
    expect(await admin.patients.findByNationalId({ clinicId: n.clinicA.id, nationalId: '03819012333' })).toBeNull();
    expect(await countRows(db.orm, 'select id from access_log_entry')).toBe(before + 1);
    expect(
      await failureOf(admin.patients.findByNationalId({ clinicId: n.clinicA.id, nationalId: '123' })),
    ).toMatchObject({ data: { appCode: 'BAD_INPUT' } });
    expect(
      await failureOf(admin.patients.findByNationalId({ clinicId: n.clinicB.id, nationalId: KARI })),
    ).toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it('the access log shows who read the patient’s data, when and what — to the clinic admin only', async () => {
    const log = await admin.accessLog.forPatient({ patientId: booked.kari!.patientId });
    expect(log.map((r) => r.action)).toEqual(expect.arrayContaining(['read_patient', 'read_appointments']));
    expect(log[0]).toMatchObject({ actorName: n.users.clinic_admin.user.name, role: 'clinic_admin' });
    expect(log[0]!.at).toBeInstanceOf(Date);
    expect(await failureOf(practitioner.accessLog.forPatient({ patientId: booked.kari!.patientId }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });

  it('another clinic’s patient is not found, and nothing is logged for the refused read', async () => {
    const before = await countRows(db.orm, 'select id from access_log_entry where patient_id = ?', [
      booked.b!.patientId,
    ]);
    expect(await failureOf(admin.patients.get({ patientId: booked.b!.patientId }))).toMatchObject({
      data: { appCode: 'NOT_FOUND' },
    });
    expect(await failureOf(admin.accessLog.forPatient({ patientId: booked.b!.patientId }))).toMatchObject({
      data: { appCode: 'NOT_FOUND' },
    });
    expect(await failureOf(practitioner.patients.get({ patientId: booked.b!.patientId }))).toMatchObject({
      data: { appCode: 'NOT_FOUND' },
    });
    expect(await countRows(db.orm, 'select id from access_log_entry where patient_id = ?', [booked.b!.patientId])).toBe(
      before,
    );
  });

  it('an agent sees only the bookings it made for its insurer', async () => {
    const mine = await agent.booking.mine(range);
    expect(mine.map((x) => x.id).sort()).toEqual([booked.kari!.appointmentId, booked.b!.appointmentId].sort());
    expect((await colleague.booking.mine(range)).map((x) => x.id)).toEqual([booked.ola!.appointmentId]);
    const agentY = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerY })).user,
    );
    expect(await agentY.booking.mine(range)).toEqual([]);
  });

  it('the notification log shows masked recipients, subject, kind and status — never the national id', async () => {
    const log = await admin.notifications.log({ clinicId: n.clinicA.id });
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(log[0]).toMatchObject({
      kind: 'confirmation',
      channel: 'email',
      recipient: 'p***@example.no',
      subject: 'Timen din er bestilt',
      status: 'pending',
    });
    expect(JSON.stringify(log)).not.toContain(KARI);
    expect(await failureOf(admin.notifications.log({ clinicId: n.clinicB.id }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});
