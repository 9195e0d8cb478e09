// Scope, paging and daylight saving through `search.*`: an agent never sees another insurer's offers; following
// the keyset cursor page by page gives exactly the one-shot list (no duplicates, no gaps) in both query shapes; and
// the windows of the two clock-change Sundays come back as the right wall-clock times.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Insurer } from '@bn/db';
import { createTestDatabase, createUser, nextOrgNumber, type TestDatabase } from '@bn/db/testing';
import { addDays, formatTime, isoWeek, isoWeekday } from '@bn/domain';
import { callerAs, type Caller } from '../testing/index.js';
import { createSearchNetwork, type SearchNetwork } from '../testing/search-network.js';
import { refreshFreeTime } from '../use-cases/search/refresh-free-time.js';

describe('search scope, paging and daylight saving', () => {
  let db: TestDatabase;
  let net: SearchNetwork;
  let agentX: Caller;
  let monday: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createSearchNetwork(db.orm);
    await net.addPractitioner('Kari Nordmann');
    await net.addPractitioner('Ola Hansen');
    await net.addPractitioner('Per Berg', { durationMinutes: 45 });
    agentX = await net.agent('X');
    monday = addDays(net.today, 8 - isoWeekday(net.today));
  });
  afterAll(() => db?.drop());

  const key = (h: { startAt: Date; bookId: string; typeId: string; departmentId: string }) =>
    `${h.startAt.toISOString()}|${h.bookId}|${h.typeId}|${h.departmentId}`;

  it('an agent of an insurer without agreements sees nothing; every hit of X is an offer to X', async () => {
    const insurerZ = randomUUID();
    await net.operator.insurers.upsert({ id: insurerZ, name: 'Vertikal Helse', orgNumber: nextOrgNumber() });
    const em = db.orm.em.fork();
    const agentZ = await callerAs(
      db.orm,
      (await createUser(em, { role: 'insurer_agent', insurer: await em.findOneOrFail(Insurer, { id: insurerZ }) }))
        .user,
    );
    const range = { from: net.today, to: addDays(net.today, 13), limit: 100 };
    expect((await agentZ.search.network(range)).hits).toEqual([]);
    expect((await agentZ.search.network({ ...range, tariffCode: 'B1010', place: 'Oslo' })).hits).toEqual([]);
    expect((await agentZ.search.network({ ...range, practitionerName: 'Kari' })).hits).toEqual([]);
    expect(await agentZ.search.filters()).toEqual({ tariffs: [], professions: [], cities: [] });

    const { hits } = await agentX.search.network({ ...range, tariffCode: 'B1010', place: 'Oslo' });
    expect(hits.length).toBe(100);
    const offered = await em.execute<{ k: string }[]>(
      'select book_id || type_id || department_id as k from offer where insurer_id = ?',
      [net.insurerX],
    );
    const offers = new Set(offered.map((o) => o.k));
    expect(hits.every((h) => offers.has(h.bookId + h.typeId + h.departmentId))).toBe(true);
  });

  const shapes = [
    ['the search table (tariff and city)', { tariffCode: 'B1010', place: 'Oslo' }],
    ['the offers first (a postcode)', { place: '0366' }],
  ] as const;

  it.each(shapes)(
    'paging through %s returns the one-shot list exactly: no duplicates, no gaps',
    async (_shape, filters) => {
      const range = { from: monday, to: addDays(monday, 1), ...filters };
      const all = (await agentX.search.network({ ...range, limit: 100 })).hits;
      // Two mornings of three practitioners: 8 + 8 + 5 slots a day, several at the same minute.
      expect(all).toHaveLength(42);
      const paged: typeof all = [];
      let cursor: (typeof all)[number] | undefined;
      for (let page = 0; page < 50; page++) {
        const res = await agentX.search.network({
          ...range,
          limit: 5,
          cursor: cursor && {
            startAt: cursor.startAt,
            bookId: cursor.bookId,
            typeId: cursor.typeId,
            departmentId: cursor.departmentId,
          },
        });
        paged.push(...res.hits);
        if (!res.nextCursor) break;
        expect(res.nextCursor).toEqual({
          startAt: res.hits[4]!.startAt,
          bookId: res.hits[4]!.bookId,
          typeId: res.hits[4]!.typeId,
          departmentId: res.hits[4]!.departmentId,
        });
        cursor = res.hits[4];
      }
      expect(paged.map(key)).toEqual(all.map(key));
      expect(new Set(paged.map(key)).size).toBe(paged.length);
      const starts = paged.map((h) => h.startAt.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    },
  );

  it('the clock-change Sundays: 01:00–04:00 is four hours in October and two in March, in Oslo wall-clock time', async () => {
    const autumn = '2026-10-25';
    const spring = '2027-03-28';
    const night = await net.addPractitioner('Natt Vakt', {
      durationMinutes: 60,
      extraWeeks: [isoWeek(autumn), isoWeek(spring)],
      // Easter Sunday 2027: a public holiday, opened in the work plan.
      openedHolidays: [spring],
    });
    await net.admin.templates.upsert({
      ...night.template,
      windows: [{ weekday: 7, start: '01:00', end: '04:00', typeIds: [night.type.id] }],
    });
    // The daily job keeps free time over the horizon from today; these dates are rebuilt on purpose.
    for (const day of [autumn, spring]) {
      await db.orm.em
        .fork()
        .transactional((tx) => refreshFreeTime({ em: tx, bookIds: [night.book.id], from: day, to: day }));
    }
    const cases = [
      [
        autumn,
        '2026-10-20T10:00:00Z',
        ['01:00', '02:00', '02:00', '03:00'],
        [
          '2026-10-24T23:00:00.000Z',
          '2026-10-25T00:00:00.000Z',
          '2026-10-25T01:00:00.000Z',
          '2026-10-25T02:00:00.000Z',
        ],
      ],
      [spring, '2027-03-20T10:00:00Z', ['01:00', '03:00'], ['2027-03-28T00:00:00.000Z', '2027-03-28T01:00:00.000Z']],
    ] as const;
    for (const [day, now, wallClock, instants] of cases) {
      const agent = await net.agent('X', { now: () => new Date(now) });
      for (const filters of [{ practitionerName: 'Natt' }, { tariffCode: 'B1010', place: 'Oslo' }]) {
        const { hits } = await agent.search.network({ from: day, to: day, limit: 20, ...filters });
        expect(hits.map((h) => formatTime(h.startAt))).toEqual(wallClock);
        expect(hits.map((h) => h.startAt.toISOString())).toEqual(instants);
        expect(hits.every((h) => h.endAt.getTime() - h.startAt.getTime() === 3_600_000)).toBe(true);
      }
      const week = await agent.search.practitionerSlots({
        practitionerId: night.practitioner.id,
        from: addDays(day, -6),
        to: day,
      });
      expect(week.slots.map((s) => formatTime(s.startMs))).toEqual(wallClock);
      expect(week.offers.map((o) => o.practitionerName)).toEqual(['Natt Vakt']);
    }
  });
});
