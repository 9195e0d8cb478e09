/**
 * Property tests (fast-check): many random plans, templates, busy lists, clocks and restrictions, checked against the
 * rules directly (with Intl per slot, the slow honest way) and against a naive reference engine. Ranges are anchored
 * on the daylight-saving weeks, and windows often sit in the small hours, to hit S2. A failure prints fast-check's
 * seed and path to replay it (`fc.assert(…, { seed, path })`), and the smallest scenario it shrank to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandWorkPlan, type PlanInput, type PlanTemplate } from './expand-work-plan.js';
import { generateSlots } from './generate-slots.js';
import { explainNoSlots } from './explain-no-slots.js';
import { restrictions as withRestrictions, weeksCovering } from './testing/fixtures.js';
import { addDays, isoWeek, isoWeekday, minutesOf, osloDate, timeOfMinutes, wallClockInstants } from '../time/oslo.js';
import type { Restrictions } from '../config/books.js';
import type { ConcreteWindow, Interval } from './types.js';

const TYPES = ['a', 'b', 'c'] as const;
const ANCHORS = ['2026-10-19', '2027-03-22', '2027-10-25', '2026-07-13', '2026-01-12', '2026-12-21'];
const CASES = 300;

interface Scenario {
  plan: PlanInput;
  templates: PlanTemplate[];
  holidays: string[];
  from: string;
  to: string;
  types: { id: string; durationMinutes: number }[];
  gridMinutes: number | undefined;
  busy: Interval[];
  now: Date;
  restrictions: Restrictions;
}

/** true with probability `p`; shrinks towards false, so a failing scenario shrinks to fewer days off, holidays, weeks. */
const chance = (p: number) => fc.integer({ min: 0, max: 99 }).map((x) => x >= 100 - p * 100);
/** One `chance(p)` per item, as a filter of `items`. */
const someOf = <T>(items: readonly T[], p: number) =>
  fc
    .array(chance(p), { minLength: items.length, maxLength: items.length })
    .map((keep) => items.filter((_, i) => keep[i]));

/** Between `min` and `max` non-overlapping [start, end) pairs of 5-minute cut points in [lo, hi], sorted. */
const spans = (min: number, max: number, lo: number, hi: number) =>
  fc.uniqueArray(fc.integer({ min: lo / 5, max: hi / 5 }), { minLength: 2 * min, maxLength: 2 * max }).map((points) => {
    const sorted = points.map((p) => p * 5).sort((x, y) => x - y);
    return Array.from({ length: Math.floor(sorted.length / 2) }, (_, i): [number, number] => [
      sorted[2 * i]!,
      sorted[2 * i + 1]!,
    ]);
  });

/** One weekday of a template: closed a quarter of the time; half the days put windows in the small hours. */
const templateDay = (weekday: number) =>
  fc.option(
    fc.boolean().chain((smallHours) => {
      const [lo, hi] = smallHours ? [0, 300] : [0, 1435];
      return fc.record({
        windows: spans(1, 3, lo, hi).chain((cuts) =>
          fc.tuple(...cuts.map(() => someOf(TYPES, 0.6))).map((types) =>
            cuts.map(([s, e], i) => ({
              weekday,
              start: timeOfMinutes(s),
              end: timeOfMinutes(e),
              typeIds: types[i]!.length ? [...types[i]!] : ['a'],
            })),
          ),
        ),
        breaks: spans(0, 2, lo, hi).map((cuts) =>
          cuts.map(([s, e]) => ({ weekday, start: timeOfMinutes(s), end: timeOfMinutes(e) })),
        ),
      });
    }),
    { freq: 4 },
  );

const templateArb = (id: string): fc.Arbitrary<PlanTemplate> =>
  fc.tuple(...[1, 2, 3, 4, 5, 6, 7].map(templateDay)).map((days) => ({
    id,
    windows: days.flatMap((d) => d?.windows ?? []),
    breaks: days.flatMap((d) => d?.breaks ?? []),
  }));

const restrictionsArb = fc
  .record({
    minNoticeHours: fc.option(fc.integer({ min: 0, max: 72 }), { freq: 2 }),
    daysAhead: fc.option(fc.integer({ min: 1, max: 30 }), { freq: 2 }),
  })
  .map((r) => withRestrictions(r));

// The range is drawn evenly (fast-check otherwise favours the smallest and largest values), so that most ranges reach
// the Sunday of their anchor's week, where the clock changes; everything inside keeps fast-check's taste for extremes.
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .noBias(
    fc.record({
      anchor: fc.constantFrom(...ANCHORS),
      offset: fc.integer({ min: 0, max: 6 }),
      days: fc.integer({ min: 0, max: 20 }),
    }),
  )
  .chain(({ anchor, offset, days }) => {
    const from = addDays(anchor, offset);
    const to = addDays(from, days);
    const dates: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
    const start = new Date(`${from}T00:00:00Z`).getTime() - 86_400_000;
    const end = new Date(`${to}T23:59:00Z`).getTime();
    const minute = (lo: number, hi: number) =>
      fc.integer({ min: Math.ceil(lo / 60_000), max: Math.floor(hi / 60_000) - 1 }).map((m) => m * 60_000);
    const weeks = weeksCovering(from, to, 'x');
    return fc.record({
      plan: fc
        .record({
          weeks: someOf(weeks, 0.85).chain((kept) =>
            fc.tuple(
              ...kept.map((w) =>
                fc
                  .oneof(
                    { arbitrary: fc.constantFrom('t1', 't2'), weight: 19 },
                    { arbitrary: fc.constant('ghost'), weight: 1 },
                  )
                  .map((templateId) => ({ ...w, templateId })),
              ),
            ),
          ),
          closedDays: someOf(dates, 0.08).map((closed) => closed.map((date) => ({ date, reason: 'Fri' }))),
          holidays: someOf(dates, 0.1).chain((holidays) =>
            someOf(holidays, 0.4).map((openedHolidays) => ({ holidays, openedHolidays })),
          ),
        })
        .map(({ weeks, closedDays, holidays }) => ({ weeks, closedDays, ...holidays })),
      templates: fc.tuple(templateArb('t1'), templateArb('t2')),
      from: fc.constant(from),
      to: fc.constant(to),
      typeC: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
      gridMinutes: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 7 },
        { arbitrary: fc.constantFrom(5, 15), weight: 3 },
      ),
      busy: fc.array(
        fc
          .tuple(minute(start, end), fc.integer({ min: 1, max: 48 }))
          .map(([s, n]) => ({ start: new Date(s), end: new Date(s + n * 5 * 60_000) })),
        { maxLength: 25 },
      ),
      now: minute(start - 2 * 86_400_000, end).map((ms) => new Date(ms)),
      restrictions: restrictionsArb,
    });
  })
  .map(({ plan: { holidays, ...plan }, typeC, ...s }) => ({
    ...s,
    plan,
    holidays,
    types: [
      { id: 'a', durationMinutes: 30 },
      { id: 'b', durationMinutes: 45 },
      { id: 'c', durationMinutes: typeC },
    ],
  }));

// The honest conversion, minute by minute with Intl: first pass in the repeated hour, the jump in the skipped one.
const refCache = new Map<string, number>();
function refInstant(date: string, minutes: number): number {
  const key = `${date} ${minutes}`;
  let v = refCache.get(key);
  if (v === undefined) {
    let m = minutes;
    let found = wallClockInstants(date, timeOfMinutes(m));
    while (!found[0]) found = wallClockInstants(date, timeOfMinutes(++m));
    v = found[0].getTime();
    refCache.set(key, v);
  }
  return v;
}

function isOpen(s: Scenario, date: string): PlanTemplate | null {
  const w = isoWeek(date);
  const templateId = s.plan.weeks.find((x) => x.isoYear === w.isoYear && x.isoWeek === w.isoWeek)?.templateId;
  const template = s.templates.find((t) => t.id === templateId);
  if (!template) return null;
  if (s.plan.closedDays.some((c) => c.date === date)) return null;
  if (s.holidays.includes(date) && !s.plan.openedHolidays.includes(date)) return null;
  return template;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The naive engine: every window on its own, breaks by a minute mask, every grid point checked against everything. */
function reference(s: Scenario, type: { id: string; durationMinutes: number }): string[] {
  const out: string[] = [];
  const notice = s.now.getTime() + (s.restrictions.minNoticeHours ?? 0) * 3_600_000;
  const lastDate = s.restrictions.daysAhead === null ? null : addDays(osloDate(s.now), s.restrictions.daysAhead);
  const grid = (s.gridMinutes ?? type.durationMinutes) * 60_000;
  const duration = type.durationMinutes * 60_000;
  for (let date = s.from; date <= s.to; date = addDays(date, 1)) {
    const template = isOpen(s, date);
    if (!template) continue;
    const weekday = isoWeekday(date);
    for (const w of template.windows.filter((x) => x.weekday === weekday && x.typeIds.includes(type.id))) {
      const mask = new Array<boolean>(1440).fill(false);
      for (let m = minutesOf(w.start); m < minutesOf(w.end); m++) mask[m] = true;
      for (const b of template.breaks.filter((x) => x.weekday === weekday))
        for (let m = minutesOf(b.start); m < minutesOf(b.end); m++) mask[m] = false;
      for (let m = 0; m < 1440; m++) {
        if (!mask[m] || (m > 0 && mask[m - 1])) continue;
        let e = m;
        while (e < 1440 && mask[e]) e++;
        const ps = refInstant(date, m);
        const pe = refInstant(date, e);
        for (let t = ps; t + duration <= pe; t += grid) {
          const slot = { start: t, end: t + duration };
          if (s.busy.some((b) => overlaps(slot, { start: b.start.getTime(), end: b.end.getTime() }))) continue;
          if (t < notice || t < s.now.getTime()) continue;
          if (lastDate !== null && osloDate(new Date(t)) > lastDate) continue;
          out.push(`${new Date(t).toISOString()}/${new Date(t + duration).toISOString()}`);
        }
      }
    }
  }
  return out.sort();
}

/** Checks one type's slots against the rules, one by one; returns them as comparable strings. */
function checkSlots(s: Scenario, windows: ConcreteWindow[], type: { id: string; durationMinutes: number }): string[] {
  const slots = generateSlots({
    windows,
    type,
    gridMinutes: s.gridMinutes,
    busy: s.busy,
    now: s.now,
    restrictions: s.restrictions,
  });
  const notice = s.now.getTime() + (s.restrictions.minNoticeHours ?? 0) * 3_600_000;
  const fineGrid = (s.gridMinutes ?? type.durationMinutes) < type.durationMinutes;
  slots.forEach((slot, i) => {
    const [t, e] = [slot.start.getTime(), slot.end.getTime()];
    expect(e - t).toBe(type.durationMinutes * 60_000);
    // Sorted; non-overlapping per type on the type's own grid (a finer grid offers overlapping alternatives).
    if (i > 0)
      expect(t).toBeGreaterThanOrEqual(fineGrid ? slots[i - 1]!.start.getTime() + 1 : slots[i - 1]!.end.getTime());
    // No overlap with busy time.
    expect(
      s.busy.filter((b) => overlaps({ start: t, end: e }, { start: b.start.getTime(), end: b.end.getTime() })),
    ).toEqual([]);
    // Minimum notice and days ahead.
    expect(t).toBeGreaterThanOrEqual(notice);
    if (s.restrictions.daysAhead !== null)
      expect(osloDate(slot.start) <= addDays(osloDate(s.now), s.restrictions.daysAhead)).toBe(true);
    // Inside a template window of its date that places the type, outside every break, on an open day.
    const date = osloDate(slot.start);
    const template = isOpen(s, date);
    expect(template, `${date} is open`).not.toBeNull();
    const weekday = isoWeekday(date);
    const inWindow = template!.windows.some(
      (w) =>
        w.weekday === weekday &&
        w.typeIds.includes(type.id) &&
        refInstant(date, minutesOf(w.start)) <= t &&
        e <= refInstant(date, minutesOf(w.end)),
    );
    expect(inWindow).toBe(true);
    for (const b of template!.breaks.filter((x) => x.weekday === weekday)) {
      expect(
        overlaps(
          { start: t, end: e },
          { start: refInstant(date, minutesOf(b.start)), end: refInstant(date, minutesOf(b.end)) },
        ),
      ).toBe(false);
    }
  });
  return slots.map((x) => `${x.start.toISOString()}/${x.end.toISOString()}`).sort();
}

const DST_DAYS = new Set(['2026-10-25', '2027-03-28', '2027-10-31']);
const seen = { slots: 0, dstSlots: 0, droppedByBusy: 0, scenarios: 0 };

/** Every rule and the reference engine, for one scenario (throws on the first difference); counts what it saw. */
function checkScenario(s: Scenario): void {
  const windows = expandWorkPlan(s);
  for (let i = 0; i < windows.length; i++) {
    expect(windows[i]!.end.getTime()).toBeGreaterThan(windows[i]!.start.getTime());
    if (i > 0) expect(windows[i]!.start.getTime()).toBeGreaterThanOrEqual(windows[i - 1]!.end.getTime());
  }
  for (const type of s.types) {
    const got = checkSlots(s, windows, type);
    expect(got).toEqual(reference(s, type));
    // "Why no times?" answers exactly when there are none.
    const why = explainNoSlots({ ...s, type });
    expect(why.length === 0, JSON.stringify(why)).toBe(got.length > 0);
    // An offer that ends inside the range (an agreement's last day): exactly the slots before its end, and when none
    // is left "why" says so.
    if (got.length > 0) {
      const offeredUntil = new Date(got[Math.floor(got.length / 2)]!.slice(0, 24));
      const bounded = generateSlots({
        windows,
        type,
        gridMinutes: s.gridMinutes,
        busy: s.busy,
        now: s.now,
        restrictions: s.restrictions,
        offeredUntil,
      });
      expect(bounded.map((x) => `${x.start.toISOString()}/${x.end.toISOString()}`).sort()).toEqual(
        got.filter((x) => new Date(x.slice(0, 24)) < offeredUntil),
      );
      const whyBounded = explainNoSlots({ ...s, type, offeredUntil });
      expect(whyBounded.length === 0).toBe(bounded.length > 0);
      if (bounded.length === 0) expect(whyBounded.map((r) => r.code)).toContain('offer_ends');
    }
    seen.slots += got.length;
    seen.dstSlots += got.filter((x) => DST_DAYS.has(osloDate(new Date(x.slice(0, 24))))).length;
    seen.droppedByBusy += reference({ ...s, busy: [] }, type).length - got.length;
  }
  seen.scenarios++;
}

describe('the slot engine on random inputs', () => {
  it('windows and slots obey every rule and equal the reference', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => checkScenario(s)),
      { numRuns: CASES },
    );
    // Counted over the runs that passed; a failing run stops above with its shrunk scenario.
    expect(seen.scenarios).toBe(CASES);
  }, 120_000);

  // Each run draws new scenarios (a new seed), so the bounds leave room: about half the lowest of 40 sampled runs of
  // 300 (10 736 slots, 115 on the days the clock changes, 347 taken by busy time; the medians 14 433, 550 and 544).
  it('the random inputs really exercise the engine (slots, daylight-saving days, busy time)', () => {
    expect(seen.scenarios).toBe(CASES);
    expect(seen.slots).toBeGreaterThan(5_000);
    expect(seen.dstSlots).toBeGreaterThan(50);
    expect(seen.droppedByBusy).toBeGreaterThan(150);
  });
});
