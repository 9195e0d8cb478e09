// The search's derived data follows its causes inside their transaction: a template change moves the free times,
// a booking (an appointment row plus refreshFreeTime) removes the slots it overlaps, the search table stays equal to
// free time × offers, and a rolled-back change leaves offers and free time as they were. Minimum notice and days ahead move with the clock, so they apply at read time.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appointment, AppointmentBook, Clinic, WeekTemplate } from '@bn/db';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays, formatTime, isoWeekday, osloDate, osloInstant } from '@bn/domain';
import type { Caller } from '../testing/index.js';
import { createSearchNetwork, type SearchNetwork, type SearchPractitioner } from '../testing/search-network.js';
import { refreshFreeTime } from '../use-cases/search/refresh-free-time.js';
import { reindexClinics } from '../use-cases/search/reindex-clinic.js';

describe('the search follows changes, and the clock', () => {
  let db: TestDatabase;
  let net: SearchNetwork;
  let kari: SearchPractitioner;
  let agent: Caller;
  /** Next week's Monday: in the work plan, in the future whatever day the tests run. */
  let monday: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createSearchNetwork(db.orm);
    kari = await net.addPractitioner('Kari Nordmann');
    agent = await net.agent('X');
    monday = addDays(net.today, 8 - isoWeekday(net.today));
  });
  afterAll(() => db?.drop());

  const timesOn = async (caller: Caller, date: string): Promise<string[]> =>
    (await caller.search.practitionerSlots({ practitionerId: kari.practitioner.id, from: date, to: date })).slots.map(
      (s) => formatTime(s.startMs),
    );
  const freeSlotCount = async (): Promise<number> =>
    Number(
      (
        await db.orm.em
          .fork()
          .execute<{ n: string }[]>('select count(*) as n from free_slot where book_id = ?', [kari.book.id])
      )[0]!.n,
    );

  it('a template change moves the free times, in the search table too', async () => {
    expect(await timesOn(agent, monday)).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    await net.admin.templates.upsert({
      ...kari.template,
      windows: [{ weekday: 1, start: '13:00', end: '15:00', typeIds: [kari.type.id] }],
    });
    expect(await timesOn(agent, monday)).toEqual(['13:00', '13:30', '14:00', '14:30']);
    const broad = await agent.search.network({
      from: monday,
      to: monday,
      tariffCode: 'B1010',
      place: 'Oslo',
      limit: 50,
    });
    expect(broad.hits.map((h) => formatTime(h.startAt))).toEqual(['13:00', '13:30', '14:00', '14:30']);
    await net.admin.templates.upsert(kari.template);
    expect(await timesOn(agent, monday)).toHaveLength(8);
  });

  it('a booked appointment (a row, then refreshFreeTime) removes exactly the slots it overlaps', async () => {
    const em = db.orm.em.fork();
    em.create(Appointment, {
      id: randomUUID(),
      clinic: em.getReference(Clinic, net.clinicId),
      book: em.getReference(AppointmentBook, kari.book.id),
      startAt: osloInstant(monday, '08:15'),
      endAt: osloInstant(monday, '09:15'),
      kind: 'block',
      status: 'active',
    });
    await em.flush();
    await em.transactional((tx) => refreshFreeTime({ em: tx, bookIds: [kari.book.id], from: monday, to: monday }));
    expect(await timesOn(agent, monday)).toEqual(['09:30', '10:00', '10:30', '11:00', '11:30']);
    const broad = await agent.search.network({
      from: monday,
      to: monday,
      tariffCode: 'B1010',
      place: 'Oslo',
      limit: 50,
    });
    expect(broad.hits.map((h) => formatTime(h.startAt))).toEqual(['09:30', '10:00', '10:30', '11:00', '11:30']);
  });

  it('the search table always equals free time × offers, whoever writes free time (a booking deletes a row itself)', async () => {
    const em = db.orm.em.fork();
    const [slot] = await em.execute<{ start_at: string }[]>(
      'select start_at from free_slot where book_id = ? order by start_at desc limit 1',
      [kari.book.id],
    );
    await em.execute('delete from free_slot where book_id = ? and type_id = ? and start_at = ?', [
      kari.book.id,
      kari.type.id,
      slot!.start_at,
    ]);
    const recomputed = `select f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, upper(o.tariff_code) as tariff_key, lower(o.city) as city_key,
        array_agg(o.insurer_id order by o.insurer_id) as insurer_ids
      from free_slot f join offer o on o.book_id = f.book_id and o.type_id = f.type_id
      group by f.book_id, f.type_id, f.start_at, o.department_id, o.tariff_id, f.end_at, o.tariff_code, o.city`;
    const stored =
      'select book_id, type_id, start_at, department_id, tariff_id, end_at, tariff_key, city_key, insurer_ids from search_slot';
    const [diff] = await em.execute<{ n: string }[]>(
      `select count(*) as n from ((${stored} except ${recomputed}) union all (${recomputed} except ${stored})) d`,
    );
    expect(Number(diff!.n)).toBe(0);
    const [left] = await em.execute<{ n: string }[]>(
      'select count(*) as n from search_slot where book_id = ? and start_at = ?',
      [kari.book.id, slot!.start_at],
    );
    expect(Number(left!.n)).toBe(0);
    const [rows] = await em.execute<{ n: string }[]>('select count(*) as n from search_slot');
    expect(Number(rows!.n)).toBeGreaterThan(0);
  });

  it('offers and free time are written in the transaction of the change: a rollback takes them back too', async () => {
    const before = await freeSlotCount();
    await expect(
      db.orm.em.fork().transactional(async (tx) => {
        const template = await tx.findOneOrFail(WeekTemplate, { id: kari.template.id });
        template.windows = [];
        await tx.flush();
        await reindexClinics({ em: tx, clinicIds: [net.clinicId], now: new Date(), freeTime: true });
        const inside = await tx.execute<{ n: string }[]>('select count(*) as n from free_slot where book_id = ?', [
          kari.book.id,
        ]);
        const offers = await tx.execute<{ n: string }[]>('select count(*) as n from offer where book_id = ?', [
          kari.book.id,
        ]);
        expect([Number(inside[0]!.n), Number(offers[0]!.n)]).toEqual([0, 0]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await freeSlotCount()).toBe(before);
    expect(await timesOn(agent, addDays(monday, 1))).toHaveLength(8);
  });

  it('minimum notice and days ahead are applied when the search reads, by the clock of the request', async () => {
    await net.admin.books.upsert({
      ...kari.book,
      restrictions: { ...kari.book.restrictions, minNoticeHours: 3, daysAhead: 2 },
    });
    const early = await net.agent('X', { now: () => osloInstant(monday, '06:40') });
    const later = await net.agent('X', { now: () => osloInstant(monday, '08:10') });
    const week = { from: monday, to: addDays(monday, 6), limit: 100 };
    for (const [caller, first] of [
      [early, '10:00'],
      [later, '11:30'],
    ] as const) {
      const { hits } = await caller.search.network({ ...week, tariffCode: 'B1010', place: 'Oslo' });
      expect(formatTime(hits[0]!.startAt)).toBe(first);
      // Days ahead = 2: today and the next two days, so nothing after Wednesday.
      expect(new Set(hits.map((h) => osloDate(h.startAt)))).toEqual(
        new Set([monday, addDays(monday, 1), addDays(monday, 2)]),
      );
      const byName = await caller.search.network({ ...week, practitionerName: 'Kari' });
      expect(byName.hits.map((h) => h.startAt.getTime())).toEqual(hits.map((h) => h.startAt.getTime()));
    }
    // Nothing was rewritten between the two clocks: the same stored rows, read at two moments.
    await net.admin.books.upsert(kari.book);
  });
});
