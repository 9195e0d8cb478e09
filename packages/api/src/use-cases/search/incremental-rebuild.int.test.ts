// A configuration change rebuilds only the free time it can move (free-time-scope.ts), and writes only the rows that
// differ (refresh-free-time.ts). After every kind of edit — and bookings in between — the derived data must equal,
// row for row, what a full rebuild of every book of every clinic makes from the same configuration; and the books an
// edit cannot move are not rewritten at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays, isoWeekday, osloInstant } from '@bn/domain';
import { Clinic } from '@bn/db';
import type { Caller } from '../../testing/index.js';
import { createSearchNetwork, type SearchNetwork, type SearchPractitioner } from '../../testing/search-network.js';
import { derivedRows } from '../../testing/time-travel.js';
import { reindexClinics } from './reindex-clinic.js';

describe('an edit’s rebuild equals a full rebuild', () => {
  let db: TestDatabase;
  let net: SearchNetwork;
  let kari: SearchPractitioner;
  let ola: SearchPractitioner;
  let per: SearchPractitioner;
  let agent: Caller;
  let monday: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createSearchNetwork(db.orm);
    kari = await net.addPractitioner('Kari Nordmann');
    ola = await net.addPractitioner('Ola Nordmann');
    per = await net.addPractitioner('Per Hansen');
    agent = await net.agent('X');
    monday = addDays(net.today, 8 - isoWeekday(net.today));
  });
  afterAll(() => db?.drop());

  /** The derived data now, and after every clinic is rebuilt whole from the same configuration. */
  async function expectSameAsFullRebuild(): Promise<void> {
    const incremental = await derivedRows(db.orm);
    const clinicIds = (await db.orm.em.fork().find(Clinic, {}, { fields: ['id'] })).map((c) => c.id);
    await db.orm.em
      .fork()
      .transactional((tx) => reindexClinics({ em: tx, clinicIds, now: new Date(), freeTime: true }));
    const full = await derivedRows(db.orm);
    expect(incremental.freeSlots).toEqual(full.freeSlots);
    expect(incremental.offers).toEqual(full.offers);
    expect(incremental.searchSlots).toEqual(full.searchSlots);
  }
  /** Physical row versions of a book's free time: unchanged when its rows were not rewritten. */
  const rowVersions = async (bookId: string) =>
    (
      await db.orm.em
        .fork()
        .execute<{ v: string }[]>(`select ctid::text as v from free_slot where book_id = ? order by 1`, [bookId])
    ).map((r) => r.v);

  it('a template’s break: only its book’s rows around the break change', async () => {
    const [olaBefore, kariBefore] = [await rowVersions(ola.book.id), await rowVersions(kari.book.id)];
    await net.admin.templates.upsert({ ...kari.template, breaks: [{ weekday: 1, start: '09:00', end: '10:00' }] });
    expect(await rowVersions(ola.book.id)).toEqual(olaBefore);
    const kariAfter = await rowVersions(kari.book.id);
    // Most of Kari's rows are the same row versions: only the slots the break covers went.
    expect(kariAfter.filter((v) => kariBefore.includes(v)).length).toBeGreaterThan(kariBefore.length / 2);
    expect(kariAfter.length).toBeLessThan(kariBefore.length);
    await expectSameAsFullRebuild();
  });

  it('a template that no longer places the type: readiness sees it, so the offers go too', async () => {
    // A template always has a window (an empty one is refused); this one places only Ola's type.
    await net.admin.templates.upsert({
      ...per.template,
      windows: per.template.windows.map((w) => ({ ...w, typeIds: [ola.type.id] })),
    });
    await expectSameAsFullRebuild();
    await net.admin.templates.upsert(per.template);
    await expectSameAsFullRebuild();
  });

  it('a work plan without next week, and back', async () => {
    const weeks = kari.plan.weeks.slice(1);
    await net.admin.workPlans.upsert({ ...kari.plan, weeks });
    await expectSameAsFullRebuild();
    await net.admin.workPlans.upsert(kari.plan);
    await expectSameAsFullRebuild();
  });

  it('a type’s new length rebuilds the books whose templates place it; its name moves offers only', async () => {
    const olaBefore = await rowVersions(ola.book.id);
    await net.admin.types.upsert({ ...kari.type, durationMinutes: 60 });
    expect(await rowVersions(ola.book.id)).toEqual(olaBefore);
    await expectSameAsFullRebuild();
    const kariBefore = await rowVersions(kari.book.id);
    await net.admin.types.upsert({ ...kari.type, durationMinutes: 60, name: 'Fysioterapi, lang' });
    expect(await rowVersions(kari.book.id)).toEqual(kariBefore);
    await expectSameAsFullRebuild();
  });

  it('bookings and cancellations between edits', async () => {
    const slots = await agent.search.practitionerSlots({
      practitionerId: ola.practitioner.id,
      from: monday,
      to: monday,
    });
    const hold = await agent.booking.hold({
      bookId: ola.book.id,
      typeId: ola.type.id,
      tariffCode: 'B1010',
      startAt: new Date(slots.slots[1]!.startMs),
    });
    await net.admin.templates.upsert({ ...ola.template, breaks: [{ weekday: 1, start: '11:00', end: '12:00' }] });
    await expectSameAsFullRebuild();
    await agent.booking.release({ holdId: hold.holdId });
    await expectSameAsFullRebuild();
    expect(
      (
        await agent.search.practitionerSlots({ practitionerId: ola.practitioner.id, from: monday, to: monday })
      ).slots.some((s) => s.startMs === osloInstant(monday, '11:00').getTime()),
    ).toBe(false);
  });

  it('a work plan emptied and its template deleted', async () => {
    await net.admin.workPlans.upsert({ ...per.plan, weeks: [] });
    await net.admin.templates.delete({ id: per.template.id });
    expect(await rowVersions(per.book.id)).toEqual([]);
    await expectSameAsFullRebuild();
  });

  it('a deleted book takes its free time with it', async () => {
    expect((await rowVersions(ola.book.id)).length).toBeGreaterThan(0);
    await net.admin.books.delete({ id: ola.book.id });
    expect(await rowVersions(ola.book.id)).toEqual([]);
    await expectSameAsFullRebuild();
  });
});
