// The clinic's view of its books' free time: the same rows booking takes slots from, so a time shown here can be
// moved to; it follows bookings and cancellations at once, and only the clinic (or the book's owner) may ask.
import { randomUUID } from 'node:crypto';
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
import { createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const OLA = '02819012485';

describe('appointments.freeTime', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;
  let admin: Caller;
  const today = osloDate(new Date());
  const range = { from: today, to: addDays(today, 60) };

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
  });
  afterAll(() => db?.drop());

  const freeTime = () => admin.appointments.freeTime({ clinicId: n.clinicA.id, bookIds: [s.book.id], ...range });
  const startsOf = (rows: { startAt: Date }[]) => rows.map((r) => r.startAt.getTime());

  it('lists the book × type free slots the booking tables hold, from now on, earliest first', async () => {
    const rows = await freeTime();
    const table = await freeSlotsOf(db.orm, s.book.id, s.type.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.bookId === s.book.id && r.typeId === s.type.id)).toBe(true);
    expect(startsOf(rows)).toEqual(startsOf(table.filter((f) => osloDate(f.startAt) <= range.to)));
    expect(rows.every((r) => r.startAt.getTime() >= Date.now() - 60_000 && r.endAt > r.startAt)).toBe(true);
    // A narrower range gives only its days.
    const day = osloDate(rows[0]!.startAt);
    const oneDay = await admin.appointments.freeTime({
      clinicId: n.clinicA.id,
      bookIds: [s.book.id],
      from: day,
      to: day,
    });
    expect(oneDay.length).toBeGreaterThan(0);
    expect(oneDay.every((r) => osloDate(r.startAt) === day)).toBe(true);
  });

  it('drops a slot when it is booked and shows it again when the clinic cancels, so the clinic can move to it', async () => {
    const [first, second] = await freeTime();
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: first!.startAt,
    });
    const booking = await agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: OLA, name: 'Ola Nordmann', email: 'ola@example.no' },
      caseId: 'FREE1',
    });
    expect(startsOf(await freeTime())).not.toContain(first!.startAt.getTime());

    // The clinic moves the booking to a time it was offered here; the old time is free again, the new one is not.
    await admin.booking.move({
      appointmentId: booking.appointmentId,
      startAt: second!.startAt,
      idempotencyKey: randomUUID(),
    });
    const afterMove = startsOf(await freeTime());
    expect(afterMove).toContain(first!.startAt.getTime());
    expect(afterMove).not.toContain(second!.startAt.getTime());

    await admin.booking.cancel({
      appointmentId: booking.appointmentId,
      reason: 'Pasienten er syk',
      onBehalfOf: 'patient',
      idempotencyKey: randomUUID(),
    });
    expect(startsOf(await freeTime())).toContain(second!.startAt.getTime());
  });

  it('the practitioner sees its own book; other clinics, other practitioners and other roles are refused', async () => {
    const practitioner = await callerAs(db.orm, n.users.practitioner.user);
    expect(
      (await practitioner.appointments.freeTime({ clinicId: n.clinicA.id, bookIds: [s.book.id], ...range })).length,
    ).toBeGreaterThan(0);
    const other = await createPractitioner(db.orm.em.fork(), { clinic: n.clinicA });
    const otherUser = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'practitioner', practitioner: other })).user,
    );
    expect(
      await failureOf(otherUser.appointments.freeTime({ clinicId: n.clinicA.id, bookIds: [s.book.id], ...range })),
    ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    // Clinic A's book asked for under clinic B's id, which the admin does not administer.
    expect(
      await failureOf(admin.appointments.freeTime({ clinicId: n.clinicB.id, bookIds: [s.book.id], ...range })),
    ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    for (const who of ['support', 'network_operator', 'insurer_agent'] as const) {
      const c = await callerAs(db.orm, n.users[who].user);
      expect(
        await failureOf(c.appointments.freeTime({ clinicId: n.clinicA.id, bookIds: [s.book.id], ...range })),
      ).toMatchObject({ data: { code: 'FORBIDDEN' } });
    }
  });
});
