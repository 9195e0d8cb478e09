/**
 * Property tests: many random plans, templates, busy lists, clocks and restrictions from a seeded PRNG, checked
 * against the rules directly (with Intl per slot, the slow honest way) and against a naive reference engine.
 * Ranges are anchored on the daylight-saving weeks, and windows often sit in the small hours, to hit S2.
 */
import { describe, expect, it } from 'vitest';
import { expandWorkPlan, type PlanInput, type PlanTemplate } from './expand-work-plan.js';
import { generateSlots } from './generate-slots.js';
import { explainNoSlots } from './explain-no-slots.js';
import { prng, restrictions as withRestrictions, weeksCovering } from './testing/fixtures.js';
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

/** Minutes-since-midnight cut points, sorted and distinct, paired into non-overlapping [start, end). */
function spans(r: ReturnType<typeof prng>, count: number, lo: number, hi: number): [number, number][] {
  const points = new Set<number>();
  while (points.size < count * 2) points.add(r.int(lo / 5, hi / 5) * 5);
  const sorted = [...points].sort((x, y) => x - y);
  return Array.from({ length: count }, (_, i) => [sorted[2 * i]!, sorted[2 * i + 1]!]);
}

function randomTemplate(r: ReturnType<typeof prng>, id: string): PlanTemplate {
  const windows: PlanTemplate['windows'] = [];
  const breaks: PlanTemplate['breaks'] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    if (!r.chance(0.75)) continue;
    // Half the days put windows in the small hours, where the clock changes.
    const [lo, hi] = r.chance(0.5) ? [0, 300] : [0, 1435];
    for (const [s, e] of spans(r, r.int(1, 3), lo, hi)) {
      const typeIds = TYPES.filter(() => r.chance(0.6));
      windows.push({
        weekday,
        start: timeOfMinutes(s),
        end: timeOfMinutes(e),
        typeIds: typeIds.length ? typeIds : ['a'],
      });
    }
    for (const [s, e] of spans(r, r.int(0, 2), lo, hi))
      breaks.push({ weekday, start: timeOfMinutes(s), end: timeOfMinutes(e) });
  }
  return { id, windows, breaks };
}

function scenario(seed: number): Scenario {
  const r = prng(seed);
  const from = addDays(r.pick(ANCHORS), r.int(0, 6));
  const to = addDays(from, r.int(0, 20));
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const weeks = weeksCovering(from, to, 'x')
    .filter(() => r.chance(0.85))
    .map((w) => ({ ...w, templateId: r.chance(0.05) ? 'ghost' : r.pick(['t1', 't2']) }));
  const holidays = dates.filter(() => r.chance(0.1));
  const plan: PlanInput = {
    weeks,
    closedDays: dates.filter(() => r.chance(0.08)).map((date) => ({ date, reason: 'Fri' })),
    openedHolidays: holidays.filter(() => r.chance(0.4)),
  };
  const start = new Date(`${from}T00:00:00Z`).getTime() - 86_400_000;
  const end = new Date(`${to}T23:59:00Z`).getTime();
  const minute = (lo: number, hi: number) => Math.floor((lo + r.next() * (hi - lo)) / 60_000) * 60_000;
  const busy = Array.from({ length: r.int(0, 25) }, () => {
    const s = minute(start, end);
    return { start: new Date(s), end: new Date(s + r.int(1, 48) * 5 * 60_000) };
  });
  return {
    plan,
    templates: [randomTemplate(r, 't1'), randomTemplate(r, 't2')],
    holidays,
    from,
    to,
    types: [
      { id: 'a', durationMinutes: 30 },
      { id: 'b', durationMinutes: 45 },
      { id: 'c', durationMinutes: r.int(1, 24) * 5 },
    ],
    gridMinutes: r.chance(0.3) ? r.pick([5, 15]) : undefined,
    busy,
    now: new Date(minute(start - 2 * 86_400_000, end)),
    restrictions: withRestrictions({
      minNoticeHours: r.chance(0.5) ? r.int(0, 72) : null,
      daysAhead: r.chance(0.5) ? r.int(1, 30) : null,
    }),
  };
}

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

describe('the slot engine on random inputs', () => {
  it.each(Array.from({ length: CASES }, (_, i) => i + 1))(
    'seed %i: windows and slots obey every rule and equal the reference',
    (seed) => {
      const s = scenario(seed);
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
    },
  );

  it('the random inputs really exercise the engine (slots, daylight-saving days, busy time)', () => {
    expect(seen.scenarios).toBe(CASES);
    expect(seen.slots).toBeGreaterThan(10_000);
    expect(seen.dstSlots).toBeGreaterThan(200);
    expect(seen.droppedByBusy).toBeGreaterThan(100);
  });
});
