// Week arithmetic for the work plan screen, on top of the domain's Oslo calendar helpers.
import { addDays, isoWeek, isoWeekMonday, osloDate } from '@bn/domain';

export interface WeekRef {
  isoYear: number;
  isoWeek: number;
}

export const weekKey = (w: WeekRef) => `${w.isoYear}-${w.isoWeek}`;

/** Today's date and ISO week in Oslo (S2). */
export function thisWeek(now = new Date()): WeekRef & { today: string } {
  const today = osloDate(now);
  return { today, ...isoWeek(today) };
}

/** 52 or 53: the week of 28 December is always the year's last ISO week. */
export function weeksInYear(isoYear: number): number {
  return isoWeek(`${isoYear}-12-28`).isoWeek;
}

/** Monday and Sunday (YYYY-MM-DD) of an ISO week. */
export function weekDates(w: WeekRef): { monday: string; sunday: string } {
  const monday = isoWeekMonday(w.isoYear, w.isoWeek);
  return { monday, sunday: addDays(monday, 6) };
}

/** `count` consecutive weeks from `start`, across a new year when needed. */
export function weeksFrom(start: WeekRef, count: number): WeekRef[] {
  const monday = isoWeekMonday(start.isoYear, start.isoWeek);
  return Array.from({ length: Math.max(0, count) }, (_, i) => isoWeek(addDays(monday, i * 7)));
}

/** `YYYY-MM-DD` → `dd.mm.`, for holidays listed inside a week. */
export function dayMonth(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.`;
}
