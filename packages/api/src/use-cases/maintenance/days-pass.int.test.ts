// The network stays true as the days pass: the product's clock moves, nobody touches the configuration, and the
// nightly job (run in-process as the server's runner runs it) keeps search, week view, hold and "why no times?" right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  type TestDatabase,
  type TestUser,
} from '@bn/db/testing';
import { addDays, osloDate, osloInstant, toOslo } from '@bn/domain';
import { callerAs, failureOf } from '../../testing/index.js';
import { createTimedSetup, derivedRows, runJobNow, TestClock } from '../../testing/time-travel.js';
import { reindexClinics } from '../search/reindex-clinic.js';

const DAY = 86_400_000;

describe('the days pass: the horizon moves every night', () => {
  let db: TestDatabase;
  let agent: TestUser;
  let s: Awaited<ReturnType<typeof createTimedSetup>>;
  // Configured on Monday 11 January 2027, 10:00 in Oslo; a 26-week work plan, no days-ahead limit.
  const clock = new TestClock(new Date(0)).set('2027-01-11', '10:00');
  const search = async (from: string, to: string) => {
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    return (await caller.search.network({ from, to, limit: 100 })).hits;
  };
  const lastOffered = async () => {
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    const week = await caller.search.practitionerSlots({
      practitionerId: s.practitioner.id,
      from: addDays(clock.today(), 40),
      to: addDays(clock.today(), 75),
    });
    return week.slots.length ? osloDate(new Date(week.slots[week.slots.length - 1]!.startMs)) : null;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em, { name: 'Storebrand' });
    agent = await createUser(em, { role: 'insurer_agent', insurer });
    s = await createTimedSetup(em, { clinic: await createClinic(em), insurer, now: clock.now() });
  });
  afterAll(() => db?.drop());

  it('on the day of the change: times up to 70 days ahead', async () => {
    expect(await lastOffered()).toBe(addDays('2027-01-11', 70));
  });

  it('80 days later with nothing changed: the stale horizon is caught up by the nightly job, to 70 days after the new today', async () => {
    clock
      .advance(80 * DAY)
      .set(addDays('2027-01-11', 80), '00:00')
      .advance(30_000);
    const today = clock.today();
    expect(today).toBe('2027-04-01');
    // Before the job: only what was built 80 days ago is there, and it is in the past.
    expect(await search(today, addDays(today, 14))).toEqual([]);
    await runJobNow(db.orm, 'search-horizon', clock.now());
    const hits = await search(today, addDays(today, 14));
    expect(hits.length).toBeGreaterThan(0);
    expect(osloDate(hits[0]!.startAt)).toBe(today);
    expect(await lastOffered()).toBe(addDays(today, 70));
    // The past is dropped; nothing before today is kept.
    const [old] = await db.orm.em
      .fork()
      .execute<{ n: string }[]>('select count(*) as n from free_slot where start_at < ?', [
        osloInstant(today, '00:00'),
      ]);
    expect(Number(old!.n)).toBe(0);
  });

  it('the job is idempotent: a second run the same day (another worker, a retry) changes nothing', async () => {
    const before = await derivedRows(db.orm);
    // The same period: no second run is started at all.
    expect(await runJobNow(db.orm, 'search-horizon', clock.now())).toBe(`search-horizon:${clock.today()}`);
    const [runs] = await db.orm.em
      .fork()
      .execute<{ n: string }[]>(`select count(*) as n from job_run where job = 'search-horizon'`);
    expect(Number(runs!.n)).toBe(1);
    expect(await derivedRows(db.orm)).toEqual(before);
  });

  it('a hold on a day the stale horizon had not built yet is held, not refused as taken', async () => {
    // A fresh clinic day beyond what was built, before the nightly job ran: the hold builds that day itself.
    clock.advance(DAY);
    const day = addDays(clock.today(), 70);
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    const hold = await caller.booking.hold({
      bookId: s.book.id,
      typeId: s.type.id,
      tariffCode: s.tariffCode,
      startAt: osloInstant(day, '09:00'),
    });
    expect(toOslo(hold.startAt)).toEqual({ date: day, time: '09:00' });
    // Off the grid, or beyond the horizon: the real reason.
    expect(
      await failureOf(
        caller.booking.hold({
          bookId: s.book.id,
          typeId: s.type.id,
          tariffCode: s.tariffCode,
          startAt: osloInstant(day, '14:10'),
        }),
      ),
    ).toMatchObject({ data: { appCode: 'NOT_ON_GRID' } });
    expect(
      await failureOf(
        caller.booking.hold({
          bookId: s.book.id,
          typeId: s.type.id,
          tariffCode: s.tariffCode,
          startAt: osloInstant(addDays(day, 1), '09:00'),
        }),
      ),
    ).toMatchObject({ data: { appCode: 'OUTSIDE_HORIZON', values: { reason: 'horizon' } } });
    expect(
      await failureOf(
        caller.booking.hold({
          bookId: s.book.id,
          typeId: s.type.id,
          tariffCode: s.tariffCode,
          startAt: osloInstant(day, '09:00'),
        }),
      ),
    ).toMatchObject({ data: { appCode: 'SLOT_TAKEN' } });
  });

  it('after 100 days left alone, the database offers exactly what a freshly configured one would', async () => {
    // Day by day from the configuration: the nightly job at 00:00:30 every night, and a booking now and then.
    clock.set('2027-01-11', '10:00');
    await db.orm.em.fork().execute(`delete from job_run`);
    // A second insurer whose agreement starts on day 30 and ends on day 75: both dates pass inside the 100 days, and so
    // do Easter 2027 and the spring's clock change.
    const other = await createInsurer(db.orm.em.fork(), { name: 'Falck Helse' });
    await db.orm.em
      .fork()
      .execute(
        `insert into agreement (id, created_at, insurer_id, clinic_id, practitioner_id, status, valid_from, valid_to) values (gen_random_uuid()::text, now(), ?, ?, null, 'approved', '2027-02-10', '2027-03-27')`,
        [other.id, s.clinicId],
      );
    await db.orm.em
      .fork()
      .transactional((tx) => reindexClinics({ em: tx, clinicIds: [s.clinicId], now: clock.now(), freeTime: true }));
    for (let day = 1; day <= 100; day++) {
      clock.set(addDays('2027-01-11', day), '00:00').advance(30_000);
      await runJobNow(db.orm, 'search-horizon', clock.now());
      if (day % 9 === 0) {
        clock.set(clock.today(), '08:00');
        const caller = await callerAs(db.orm, agent.user, { now: clock.now });
        const [first] = (
          await caller.search.network({ from: addDays(clock.today(), 3), to: addDays(clock.today(), 5), limit: 1 })
        ).hits;
        const hold = await caller.booking.hold({
          bookId: first!.bookId,
          typeId: first!.typeId,
          tariffCode: first!.tariffCode,
          startAt: first!.startAt,
        });
        if (day % 2 === 0)
          await caller.booking.confirm({
            holdId: hold.holdId,
            patient: { nationalId: '01819012365', name: 'Kari Nordmann', email: 'kari@example.no' },
          });
        else await caller.booking.release({ holdId: hold.holdId });
      }
    }
    const aged = await derivedRows(db.orm);
    expect(aged.freeSlots.length).toBeGreaterThan(200);
    await db.orm.em
      .fork()
      .transactional((tx) => reindexClinics({ em: tx, clinicIds: [s.clinicId], now: clock.now(), freeTime: true }));
    const fresh = await derivedRows(db.orm);
    expect(aged).toEqual(fresh);
    // A hundred nights of the job, one clinic: some seconds on a quiet machine, more under load.
  }, 180_000);
});
