// The calendar reached by moving the clock: a new year's public holidays close those days, and both daylight-saving
// days (2027-03-28 and 2027-10-31) are built by the nightly job with their windows before and after 13:00 at the right
// instants — the times the search offers, as UTC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  type TestDatabase,
  type TestUser,
} from '@bn/db/testing';
import { addDays, osloDate } from '@bn/domain';
import { callerAs } from '../../testing/index.js';
import { createTimedSetup, runJobNow, TestClock } from '../../testing/time-travel.js';

describe('the calendar reached by moving the clock', () => {
  let db: TestDatabase;
  let agent: TestUser;
  let practitionerId: string;
  const clock = new TestClock(new Date(0)).set('2027-01-04', '10:00');
  const timesOn = async (date: string) => {
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    const week = await caller.search.practitionerSlots({ practitionerId, from: date, to: date });
    return week.slots.map((s) => new Date(s.startMs).toISOString());
  };
  /** Midnight and a half minute in Oslo on `date`: the nightly job's moment. */
  const nightOf = async (date: string) => {
    clock.set(date, '00:00').advance(30_000);
    await runJobNow(db.orm, 'search-horizon', clock.now());
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em);
    agent = await createUser(em, { role: 'insurer_agent', insurer });
    // A work plan for the whole of 2027 and into 2028; windows every day, 09:00–10:00 and 14:00–15:00. The spring clock
    // change falls on Easter Sunday 2027, which this clinic keeps open.
    const s = await createTimedSetup(em, {
      clinic: await createClinic(em),
      insurer,
      now: clock.now(),
      weeks: 70,
      openedHolidays: ['2027-03-28'],
    });
    practitionerId = s.practitioner.id;
  });
  afterAll(() => db?.drop());

  it('the spring clock change (Sunday 28 March 2027, Easter Sunday, opened): not built at configuration, built by the job when reached; 09:00 and 14:00 summer time', async () => {
    expect(addDays('2027-01-04', 70) < '2027-03-28').toBe(true);
    await nightOf('2027-01-16');
    expect(await timesOn('2027-03-28')).toEqual([]);
    // 2027-01-17 + 70 days = 2027-03-28: the day enters the horizon.
    await nightOf('2027-01-17');
    expect(await timesOn('2027-03-27')).toEqual([
      '2027-03-27T08:00:00.000Z',
      '2027-03-27T08:30:00.000Z',
      '2027-03-27T13:00:00.000Z',
      '2027-03-27T13:30:00.000Z',
    ]);
    expect(await timesOn('2027-03-28')).toEqual([
      '2027-03-28T07:00:00.000Z',
      '2027-03-28T07:30:00.000Z',
      '2027-03-28T12:00:00.000Z',
      '2027-03-28T12:30:00.000Z',
    ]);
  });

  it('the nightly run of the spring day itself is due at its Oslo midnight (23:00 UTC the day before)', async () => {
    await nightOf('2027-03-28');
    const [run] = await db.orm.em
      .fork()
      .execute<{ period: string; scheduled_for: Date }[]>(
        `select period, scheduled_for from job_run where id = 'search-horizon:2027-03-28'`,
      );
    expect(run).toMatchObject({ period: '2027-03-28' });
    expect(new Date(run!.scheduled_for).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect((await timesOn(addDays('2027-03-28', 70))).length).toBe(4);
  });

  it('the autumn clock change (Sunday 31 October 2027): 09:00 and 14:00 winter time, the day before in summer time', async () => {
    await nightOf('2027-08-21');
    expect(await timesOn('2027-10-31')).toEqual([]);
    // 2027-08-22 + 70 days = 2027-10-31.
    await nightOf('2027-08-22');
    expect(await timesOn('2027-10-30')).toEqual([
      '2027-10-30T07:00:00.000Z',
      '2027-10-30T07:30:00.000Z',
      '2027-10-30T12:00:00.000Z',
      '2027-10-30T12:30:00.000Z',
    ]);
    expect(await timesOn('2027-10-31')).toEqual([
      '2027-10-31T08:00:00.000Z',
      '2027-10-31T08:30:00.000Z',
      '2027-10-31T13:00:00.000Z',
      '2027-10-31T13:30:00.000Z',
    ]);
  });

  it("a new year's public holidays close those days as the horizon reaches them", async () => {
    await nightOf('2027-10-25');
    // 2027-10-25 + 70 days = 2028-01-03: Christmas 2027 and New Year's Day 2028 are inside, Easter 2028 is not yet.
    expect(await timesOn('2027-12-24')).toHaveLength(4);
    for (const holiday of ['2027-12-25', '2027-12-26', '2028-01-01'])
      expect(await timesOn(holiday), holiday).toEqual([]);
    expect(await timesOn('2028-01-02')).toHaveLength(4);
    expect(await timesOn('2028-04-13')).toEqual([]);
    await nightOf('2028-02-10');
    // Easter 2028: Maundy Thursday 13 April … Easter Monday 17 April, all closed; the Wednesday before is open.
    expect(osloDate(clock.now())).toBe('2028-02-10');
    expect(await timesOn('2028-04-12')).toHaveLength(4);
    for (const holiday of ['2028-04-13', '2028-04-14', '2028-04-16', '2028-04-17'])
      expect(await timesOn(holiday), holiday).toEqual([]);
  });
});
