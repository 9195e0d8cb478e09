// Test helpers for the slot engine: builders for plans and templates.
import type { Restrictions } from '../../config/books.js';
import { NO_RESTRICTIONS } from '../../config/books.js';
import { addDays, isoWeek } from '../../time/oslo.js';
import type { PlanInput, PlanTemplate } from '../expand-work-plan.js';

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
