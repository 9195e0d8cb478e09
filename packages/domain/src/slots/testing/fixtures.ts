// Test helpers for the slot engine: builders for plans and templates, and a small seeded PRNG (no dependency).
import type { Restrictions } from '../../config/books.js';
import { NO_RESTRICTIONS } from '../../config/books.js';
import { addDays, isoWeek } from '../../time/oslo.js';
import type { PlanInput, PlanTemplate } from '../expand-work-plan.js';

/** mulberry32: 32-bit state, good enough spread for generating test cases, reproducible from the seed. */
export function prng(seed: number): {
  next: () => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
} {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (xs) => xs[int(0, xs.length - 1)]!, chance: (p) => next() < p };
}

/** Every ISO week touching [from, to], each assigned `templateId`. */
export function weeksCovering(from: string, to: string, templateId: string): PlanInput['weeks'] {
  const seen = new Map<string, PlanInput['weeks'][number]>();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const w = isoWeek(d);
    seen.set(`${w.isoYear}-${w.isoWeek}`, { ...w, templateId });
  }
  return [...seen.values()];
}

export function planFor(from: string, to: string, extra: Partial<PlanInput> = {}, templateId = 'tpl'): PlanInput {
  return { weeks: weeksCovering(from, to, templateId), closedDays: [], openedHolidays: [], ...extra };
}

export function template(
  windows: PlanTemplate['windows'],
  breaks: PlanTemplate['breaks'] = [],
  id = 'tpl',
): PlanTemplate {
  return { id, windows, breaks };
}

/** The same windows on every weekday. */
export function everyDay(windows: { start: string; end: string; typeIds: string[] }[]): PlanTemplate['windows'] {
  return [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => windows.map((w) => ({ weekday, ...w })));
}

export function restrictions(r: Partial<Restrictions> = {}): Restrictions {
  return { ...NO_RESTRICTIONS, ...r };
}

export const iso = (xs: readonly { start: Date; end: Date }[]) =>
  xs.map((x) => `${x.start.toISOString()}/${x.end.toISOString()}`);
