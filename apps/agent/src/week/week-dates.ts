// The calendar of the week view: Monday to Sunday in Oslo dates.
import { addDays, isoWeek, isoWeekday } from '@bn/domain';

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function weekNumber(monday: string): number {
  return isoWeek(monday).isoWeek;
}
