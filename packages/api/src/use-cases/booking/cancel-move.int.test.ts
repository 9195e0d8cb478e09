// After booking: cancelling (agent before the deadline, clinic any time), moving (keeps case id and claim), no-shows,
// and who may do which.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createTestDatabase,
  createTestNetwork,
  createUser,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { addDays, NO_RESTRICTIONS, osloDate } from '@bn/domain';
import { callerAs, failureOf, refusalText, type Caller } from '../../testing/index.js';
import { countRows, createBookableSetup, freeSlotsOf, type BookableSetup } from '../../testing/booking-fixtures.js';

const OLA = '02819012485';

describe('cancelling and moving bookings', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let s: BookableSetup;
  let agent: Caller;
  let admin: Caller;
  const today = osloDate(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    // Cancelling online closes 24 hours before the appointment.
    s = await createBookableSetup(db.orm.em.fork(), {
      clinic: n.clinicA,
      insurer: n.insurerX,
      practitioner: n.practitionerA,
      type: { notificationsOn: true },
      book: { restrictions: { ...NO_RESTRICTIONS, cancellationDeadlineHours: 24 } },
    });
    agent = await callerAs(db.orm, n.users.insurer_agent.user);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  const free = () => freeSlotsOf(db.orm, s.book.id, s.type.id);
  const isFree = async (at: Date) => (await free()).some((f) => f.startAt.getTime() === at.getTime());
  const inSearch = async (at: Date) =>
    (await agent.search.network({ from: today, to: addDays(today, 60), limit: 100 })).hits.some(
      (h) => h.startAt.getTime() === at.getTime(),
    );
  const book = async (caseId: string | null = 'MOVE42') => {
    const [slot] = await free();
    const hold = await agent.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: slot!.startAt,
    });
    return agent.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: OLA, name: 'Ola Nordmann', email: 'ola@example.no' },
      caseId,
    });
  };
  /** The calendar entry the confirmation with this dedupe key carries (bookingIcs writes it into the e-mail). */
  const calendarOf = async (appointmentId: string, event: string) => {
    const [row] = await db.orm.em
      .fork()
      .execute<{ payload: { calendar: { uid: string; sequence: number; method: string; startAt: string } } }[]>(
        `select payload from outbox_message where dedupe_key = ?`,
        [`${appointmentId}:confirmation:${event}`],
      );
    return row!.payload.calendar;
  };
  /** The same user, with the clock set to some hours before the appointment. */
  const hoursBefore = (who: 'insurer_agent' | 'clinic_admin', start: Date, hours: number) =>
    callerAs(db.orm, n.users[who].user, { now: () => new Date(start.getTime() - hours * 3_600_000) });

  it('the agent cancels before the deadline: the slot is in the search again at once and the patient is notified', async () => {
    const booking = await book();
    expect(await inSearch(booking.startAt)).toBe(false);
    const early = await hoursBefore('insurer_agent', booking.startAt, 48);
    expect(await early.booking.cancel({ appointmentId: booking.appointmentId })).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'patient',
    });
    expect(await inSearch(booking.startAt)).toBe(true);
    const rows = await db.orm.em
      .fork()
      .execute<{ kind: string; event: string }[]>(
        `select kind, event from outbox_message where appointment_id = ? and event = 'cancelled' order by kind`,
        [booking.appointmentId],
      );
    expect(rows).toEqual([
      { kind: 'confirmation', event: 'cancelled' },
      { kind: 'portal_notice', event: 'cancelled' },
    ]);
    // The calendar entry is removed: the booking's UID, METHOD:CANCEL, a higher SEQUENCE than the booking's.
    const entry = await calendarOf(booking.appointmentId, 'booked');
    expect(await calendarOf(booking.appointmentId, 'cancelled')).toMatchObject({
      uid: entry.uid,
      method: 'CANCEL',
      sequence: entry.sequence + 1,
    });
    expect(await failureOf(early.booking.cancel({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { appCode: 'APPOINTMENT_NOT_ACTIVE' },
    });
  });

  it('after the deadline the agent is refused with the reason; the clinic may cancel, with a reason and on whose behalf', async () => {
    const booking = await book();
    const late = await hoursBefore('insurer_agent', booking.startAt, 23);
    const refused = await failureOf(late.booking.cancel({ appointmentId: booking.appointmentId }));
    expect(refused).toMatchObject({
      data: { appCode: 'CANCELLATION_DEADLINE_PASSED', values: { reason: 'cancellation_deadline_passed', hours: 24 } },
    });
    expect(refusalText(refused)).toMatch(
      /^Fristen for å avbestille på nett var .+ \(24 timer før timen\)\. Kontakt klinikken\.$/,
    );
    const clinic = await hoursBefore('clinic_admin', booking.startAt, 1);
    expect(await failureOf(clinic.booking.cancel({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { appCode: 'VALIDATION' },
    });
    const done = await clinic.booking.cancel({
      appointmentId: booking.appointmentId,
      reason: 'Behandleren er syk',
      onBehalfOf: 'clinic',
    });
    expect(done).toMatchObject({ status: 'cancelled', cancelledBy: 'clinic' });
    const [row] = await db.orm.em
      .fork()
      .execute<Record<string, unknown>[]>('select status, cancel_reason, cancelled_by from appointment where id = ?', [
        booking.appointmentId,
      ]);
    expect(row).toEqual({ status: 'cancelled', cancel_reason: 'Behandleren er syk', cancelled_by: 'clinic' });
    expect(await isFree(booking.startAt)).toBe(true);
  });

  it('a retried cancel with the same key returns the first result', async () => {
    const booking = await book();
    const key = `cancel-${randomUUID()}`;
    const first = await agent.booking.cancel({ appointmentId: booking.appointmentId, idempotencyKey: key });
    expect(await agent.booking.cancel({ appointmentId: booking.appointmentId, idempotencyKey: key })).toEqual(first);
    expect(
      await failureOf(
        agent.booking.cancel({ appointmentId: booking.appointmentId, reason: 'annet', idempotencyKey: key }),
      ),
    ).toMatchObject({
      data: { appCode: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('moving keeps the appointment, its case id and claim; the old time is free again, the new one taken', async () => {
    const booking = await book('KEEPME');
    const target = (await free()).find((f) => f.startAt > booking.startAt)!;
    const moved = await agent.booking.move({
      appointmentId: booking.appointmentId,
      startAt: target.startAt,
      idempotencyKey: `move-${randomUUID()}`,
    });
    expect(moved).toEqual({
      appointmentId: booking.appointmentId,
      startAt: target.startAt,
      endAt: target.endAt,
      caseId: 'KEEPME',
      claimId: booking.claimId,
    });
    const [row] = await db.orm.em
      .fork()
      .execute<Record<string, unknown>[]>('select note, case_id, claim_id, start_at from appointment where id = ?', [
        booking.appointmentId,
      ]);
    expect({ ...row, start_at: new Date(String(row!.start_at)) }).toMatchObject({
      note: 'SakID: KEEPME',
      case_id: 'KEEPME',
      claim_id: booking.claimId,
      start_at: target.startAt,
    });
    expect(await isFree(booking.startAt)).toBe(true);
    expect(await isFree(target.startAt)).toBe(false);
    expect(
      await countRows(db.orm, `select id from outbox_message where dedupe_key = ?`, [
        `${booking.appointmentId}:confirmation:moved#1`,
      ]),
    ).toBe(1);
    // Back again: a second move is a second notification, not a duplicate.
    await admin.booking.move({ appointmentId: booking.appointmentId, startAt: booking.startAt });
    expect(
      await countRows(db.orm, `select id from outbox_message where dedupe_key = ?`, [
        `${booking.appointmentId}:confirmation:moved#2`,
      ]),
    ).toBe(1);
    // Each move updates the same calendar entry, with a higher SEQUENCE each time, at the new time.
    const entries = await Promise.all(
      ['booked', 'moved#1', 'moved#2'].map((e) => calendarOf(booking.appointmentId, e)),
    );
    expect(entries.map((e) => [e.uid, e.sequence, e.method, new Date(e.startAt).getTime()])).toEqual([
      [entries[0]!.uid, 0, 'REQUEST', booking.startAt.getTime()],
      [entries[0]!.uid, 1, 'REQUEST', target.startAt.getTime()],
      [entries[0]!.uid, 2, 'REQUEST', booking.startAt.getTime()],
    ]);
  });

  it('moving onto a taken time is refused with SLOT_TAKEN', async () => {
    const a = await book();
    const b = await book();
    expect(await failureOf(agent.booking.move({ appointmentId: a.appointmentId, startAt: b.startAt }))).toMatchObject({
      data: { appCode: 'SLOT_TAKEN' },
    });
  });

  it('no-show: only once the appointment has begun, and only by the clinic', async () => {
    const booking = await book();
    expect(await failureOf(admin.booking.markNoShow({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { appCode: 'VALIDATION' },
    });
    const after = await hoursBefore('clinic_admin', booking.startAt, -0.25);
    expect(await after.booking.markNoShow({ appointmentId: booking.appointmentId })).toEqual({
      appointmentId: booking.appointmentId,
      status: 'no_show',
    });
    expect(await failureOf(agent.booking.markNoShow({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });

  it('scope: another agent of the same insurer, another clinic’s admin and support cannot touch the booking', async () => {
    const booking = await book();
    const colleague = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'insurer_agent', insurer: n.insurerX })).user,
    );
    const otherAdmin = await callerAs(
      db.orm,
      (await createUser(db.orm.em.fork(), { role: 'clinic_admin', clinics: [await createClinic(db.orm.em.fork())] }))
        .user,
    );
    const support = await callerAs(db.orm, n.users.support.user);
    for (const c of [colleague, otherAdmin]) {
      expect(
        await failureOf(c.booking.cancel({ appointmentId: booking.appointmentId, reason: 'x', onBehalfOf: 'clinic' })),
      ).toMatchObject({ data: { appCode: 'NOT_FOUND' } });
      expect(
        await failureOf(c.booking.move({ appointmentId: booking.appointmentId, startAt: (await free())[0]!.startAt })),
      ).toMatchObject({ data: { appCode: 'NOT_FOUND' } });
    }
    expect(await failureOf(support.booking.cancel({ appointmentId: booking.appointmentId }))).toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    expect(
      await countRows(db.orm, `select id from appointment where id = ? and status = 'active'`, [booking.appointmentId]),
    ).toBe(1);
  });
});
