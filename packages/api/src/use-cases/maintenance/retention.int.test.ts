// The retention job keeps what is needed for as long as it is needed: idempotency keys replay for at least 24 hours,
// expired sessions and sign-in attempts past their window go, delivered messages leave the outbox and stay in the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  type TestDatabase,
  type TestUser,
} from '@bn/db/testing';
import { osloInstant, addDays } from '@bn/domain';
import { callerAs } from '../../testing/index.js';
import { countRows } from '../../testing/booking-fixtures.js';
import { createTimedSetup, runJobNow, TestClock } from '../../testing/time-travel.js';

describe('the retention job', () => {
  let db: TestDatabase;
  let agent: TestUser;
  let clinicAdmin: TestUser;
  let s: Awaited<ReturnType<typeof createTimedSetup>>;
  const clock = new TestClock(new Date(0)).set('2027-02-01', '10:00');

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em);
    const clinic = await createClinic(em);
    agent = await createUser(em, { role: 'insurer_agent', insurer });
    clinicAdmin = await createUser(em, { role: 'clinic_admin', clinics: [clinic] });
    s = await createTimedSetup(em, { clinic, insurer, now: clock.now() });
  });
  afterAll(() => db?.drop());

  it('keeps an idempotency key and its answer past 24 hours, removes it after 48; removes only expired sessions and old sign-in attempts', async () => {
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    const input = {
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: osloInstant('2027-02-03', '09:00'),
      idempotencyKey: 'retry-me',
    };
    const first = await caller.booking.hold(input);
    const sessions = await countRows(db.orm, 'select 1 from session');

    // The next day's run at 03:00, 41 hours after the key: the key stays, and a retry gets the first answer.
    clock.set('2027-02-03', '03:00').advance(1000);
    await db.orm.em
      .fork()
      .execute(
        `insert into sign_in_attempt (id, email, ip, at) values ('old', 'a@b.no', '192.0.2.1', ?), ('new', 'a@b.no', '192.0.2.1', ?)`,
        [new Date(clock.now().getTime() - 16 * 60_000), new Date(clock.now().getTime() - 5 * 60_000)],
      );
    await runJobNow(db.orm, 'retention', clock.now());
    const retried = await (await callerAs(db.orm, agent.user, { now: clock.now })).booking.hold(input);
    expect(retried.holdId).toBe(first.holdId);
    expect(await countRows(db.orm, `select 1 from idempotency_key where key = 'retry-me'`)).toBe(1);
    // The sign-in attempt older than the 15-minute window is gone, the later one stays until its window has passed.
    expect(await countRows(db.orm, 'select 1 from sign_in_attempt')).toBe(1);
    // The first caller's session (12 hours) has expired and is removed; the retry's own one is still valid.
    expect(sessions).toBe(1);
    expect(await countRows(db.orm, 'select 1 from session')).toBe(1);
    expect(await countRows(db.orm, 'select 1 from session where expires_at > ?', [clock.now()])).toBe(1);

    clock.set('2027-02-04', '03:00').advance(1000);
    await runJobNow(db.orm, 'retention', clock.now());
    expect(await countRows(db.orm, `select 1 from idempotency_key where key = 'retry-me'`)).toBe(0);
    expect(await countRows(db.orm, 'select 1 from sign_in_attempt')).toBe(0);
    expect(await countRows(db.orm, 'select 1 from session where expires_at < ?', [clock.now()])).toBe(0);
  });

  it("moves a delivered message out of the outbox a day after delivery; the clinic's notification log still shows it", async () => {
    clock.set('2027-02-04', '10:00');
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    const hold = await caller.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: osloInstant('2027-02-06', '14:00'),
    });
    await caller.booking.confirm({
      holdId: hold.holdId,
      patient: { nationalId: '01819012365', name: 'Kari Nordmann', email: 'kari@example.no' },
    });
    // Delivered by the worker (tested in apps/server) at 10:01; another message is still pending.
    await db.orm.em
      .fork()
      .execute(`update outbox_message set sent_at = ?, delivery_id = '<x@bn>', attempts = 1 where appointment_id = ?`, [
        new Date(clock.now().getTime() + 60_000),
        hold.holdId,
      ]);
    await db.orm.em
      .fork()
      .execute(
        `insert into outbox_message (id, created_at, kind, event, channel, dedupe_key, clinic_id, recipient_masked, payload, attempts) values ('pending', ?, 'confirmation', 'booked', 'sms', 'pending', ?, '*** ** 567', '{"subject":"Venter","text":"x"}', 0)`,
        [clock.now(), s.clinicId],
      );
    const logBefore = await (
      await callerAs(db.orm, clinicAdmin.user, { now: clock.now })
    ).notifications.log({ clinicId: s.clinicId });

    clock.set(addDays('2027-02-05', 1), '03:00').advance(1000);
    await runJobNow(db.orm, 'retention', clock.now());
    expect(await countRows(db.orm, 'select 1 from outbox_message where appointment_id = ?', [hold.holdId])).toBe(0);
    expect(await countRows(db.orm, `select 1 from outbox_message where id = 'pending'`)).toBe(1);
    const logAfter = await (
      await callerAs(db.orm, clinicAdmin.user, { now: clock.now })
    ).notifications.log({ clinicId: s.clinicId });
    expect(logAfter.map((r) => [r.id, r.status, r.subject, r.recipient, r.kind, r.channel, r.booking])).toEqual(
      logBefore.map((r) => [r.id, r.status, r.subject, r.recipient, r.kind, r.channel, r.booking]),
    );
    // Moved to the log, a message still names its booking.
    expect(logAfter.find((r) => r.status === 'sent')?.booking?.startAt).toEqual(osloInstant('2027-02-06', '14:00'));
  });

  it('records each run: one per day, one unit per table, the rows removed', async () => {
    const runs = await db.orm.em
      .fork()
      .execute<
        { period: string; result: string; units_total: number; units_ok: number; summary: { removed: number } }[]
      >(`select period, result, units_total, units_ok, summary from job_run where job = 'retention' order by period`);
    expect(runs.map((r) => [r.period, r.result, r.units_total, r.units_ok])).toEqual([
      ['2027-02-03', 'ok', 5, 5],
      ['2027-02-04', 'ok', 5, 5],
      ['2027-02-06', 'ok', 5, 5],
    ]);
    expect(Number(runs[2]!.summary.removed)).toBeGreaterThan(0);
  });
});
