// The clinic books its own patient (issue 15): from a free time of its book, source «klinikken»; the time leaves the
// agent's search in the same transaction; it moves and cancels its booking; refusals for what it may not book.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs, failureOf, refusalText, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const KARI = '02819012485';

describe('the clinic books its own patient', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;
  let admin: Caller;
  let patientId: string;
  const today = osloDate(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    patientId = (
      await admin.patients.create({
        clinicId: s.clinicId,
        nationalId: KARI,
        name: 'Kari Klinikk',
        phone: null,
        email: 'kari@example.no',
      })
    ).patientId;
  });
  afterAll(() => db?.drop());

  const free = () => freeSlotsOf(db.orm, s.book.id, s.type.id);
  const inSearch = async (at: Date) =>
    (await agent.search.network({ from: today, to: addDays(today, 60), limit: 100 })).hits.some(
      (h) => h.bookId === s.book.id && h.startAt.getTime() === at.getTime(),
    );
  const input = (startAt: Date) => ({
    clinicId: s.clinicId,
    bookId: s.book.id,
    typeId: s.type.id,
    startAt,
    patientId,
    patientRemark: 'Vondt i ryggen',
    note: 'Ringte selv',
  });

  it('books a free time: in the book as the clinic’s own booking, gone from the agent’s search, the patient told', async () => {
    const [slot] = await free();
    expect(await inSearch(slot!.startAt)).toBe(true);
    const booked = await admin.booking.bookByClinic(input(slot!.startAt));
    expect(booked).toMatchObject({ startAt: slot!.startAt, endAt: slot!.endAt, bookId: s.book.id });
    expect(await inSearch(slot!.startAt)).toBe(false);

    const [shown] = (
      await admin.appointments.forBooks({
        clinicId: s.clinicId,
        bookIds: [s.book.id],
        from: today,
        to: addDays(today, 60),
      })
    ).filter((a) => a.id === booked.appointmentId);
    expect(shown).toMatchObject({
      source: 'clinic',
      viaNetwork: false,
      kind: 'booking',
      status: 'active',
      patient: { id: patientId, name: 'Kari Klinikk' },
      type: { id: s.type.id },
      patientRemark: 'Vondt i ryggen',
      note: 'Ringte selv',
      insurerName: null,
      paidByPatient: true,
    });
    // The network's confirmation to the card's address (K3); the change log names who booked, not the patient.
    expect(
      await countRows(
        db.orm,
        `select 1 from outbox_message where appointment_id = ? and event = 'booked' and kind = 'confirmation'`,
        [booked.appointmentId],
      ),
    ).toBe(1);
    const audit = await admin.audit.forClinic({ clinicId: s.clinicId });
    const entry = audit.find((e) => e.entityId === booked.appointmentId);
    expect(entry).toMatchObject({ entity: 'appointment', action: 'create', actorName: n.users.clinic_admin.user.name });
    expect(JSON.stringify(entry)).not.toContain('Kari');
  });

  it('refuses the same time twice (SLOT_TAKEN) and leaves no second row', async () => {
    const [slot] = await free();
    await admin.booking.bookByClinic(input(slot!.startAt));
    const again = await failureOf(admin.booking.bookByClinic(input(slot!.startAt)));
    expect(again).toMatchObject({ data: { appCode: 'SLOT_TAKEN' } });
    expect(refusalText(again)).toBe('Timen er nettopp tatt av noen andre. Velg en annen tid.');
    expect(
      await countRows(db.orm, `select 1 from appointment where book_id = ? and start_at = ? and status = 'active'`, [
        s.book.id,
        slot!.startAt,
      ]),
    ).toBe(1);
  });

  it('refuses a time off the grid and a time in the past', async () => {
    const [slot] = await free();
    const offGrid = new Date(slot!.startAt.getTime() + 7 * 60_000);
    expect(await failureOf(admin.booking.bookByClinic(input(offGrid)))).toMatchObject({
      data: { appCode: 'NOT_ON_GRID' },
    });
    const past = new Date(Date.now() - 86_400_000);
    expect(await failureOf(admin.booking.bookByClinic(input(past)))).toMatchObject({ data: { appCode: 'TOO_SOON' } });
  });

  it('refuses another clinic’s patient card and leaves the time free', async () => {
    const other = await createBookableSetup(db.orm.em.fork(), { clinic: n.clinicB, insurer: n.insurerX });
    const [row] = await db.orm.em
      .fork()
      .execute<{ id: string }[]>(
        `insert into patient (id, created_at, clinic_id, national_id, name, birth_date) values (gen_random_uuid()::text, now(), ?, ?, 'Annen Klinikk', '1990-01-02') returning id`,
        [other.clinicId, KARI],
      );
    const [slot] = await free();
    expect(await failureOf(admin.booking.bookByClinic({ ...input(slot!.startAt), patientId: row!.id }))).toMatchObject({
      data: { appCode: 'NOT_FOUND' },
    });
    expect((await free())[0]!.startAt).toEqual(slot!.startAt);
    expect(await inSearch(slot!.startAt)).toBe(true);
  });

  it('moves and cancels its own booking; the search follows each step', async () => {
    const [first] = await free();
    const booked = await admin.booking.bookByClinic(input(first!.startAt));
    const [second] = await free();
    await admin.booking.move({ appointmentId: booked.appointmentId, startAt: second!.startAt });
    expect(await inSearch(first!.startAt)).toBe(true);
    expect(await inSearch(second!.startAt)).toBe(false);
    await admin.booking.cancel({ appointmentId: booked.appointmentId, reason: 'Syk', onBehalfOf: 'patient' });
    expect(await inSearch(second!.startAt)).toBe(true);
  });

  it('is the clinic admin’s alone: the agent and the practitioner are refused', async () => {
    const [slot] = await free();
    expect(await failureOf(agent.booking.bookByClinic(input(slot!.startAt)))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    const practitioner = await callerAs(db.orm, n.users.practitioner.user);
    expect(await failureOf(practitioner.booking.bookByClinic(input(slot!.startAt)))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});
