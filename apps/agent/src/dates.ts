// Calendar helpers for Oslo dates (YYYY-MM-DD): the week view's Monday to Sunday and how a date is shown.
import { addDays, isoWeek, isoWeekday } from '@bn/domain';

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function weekNumber(date: string): number {
  return isoWeek(date).isoWeek;
}

/** `dd.mm.yyyy`, as formatDate shows instants. */
export function displayDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
