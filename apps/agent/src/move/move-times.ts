// The times a booking can be moved to: the practitioner's free times for the agent's insurer (search.practitionerSlots)
// narrowed to the booking's own book × type × tariff, since booking.move keeps those. A type offered at several
// departments (T5) lists the same time once per department; the agent picks a time, so each time is shown once.
import { osloDate } from '@bn/domain';
import type { PractitionerSlots } from '../api-types.js';
import { mondayOf } from '../dates.js';

export interface MoveTarget {
  startMs: number;
  endMs: number;
}

export interface MovingBooking {
  bookId: string;
  typeId: string | null;
  tariffCode: string | null;
}

export function moveTargets(data: PractitionerSlots, booking: MovingBooking): MoveTarget[] {
  const tariff = booking.tariffCode?.toUpperCase();
  const same = new Set(
    data.offers.flatMap((o, i) =>
      o.bookId === booking.bookId && o.typeId === booking.typeId && o.tariffCode.toUpperCase() === tariff ? [i] : [],
    ),
  );
  const byStart = new Map<number, MoveTarget>();
  for (const slot of data.slots) {
    if (same.has(slot.offer) && !byStart.has(slot.startMs))
      byStart.set(slot.startMs, { startMs: slot.startMs, endMs: slot.endMs });
  }
  return [...byStart.values()].sort((a, b) => a.startMs - b.startMs);
}

/** Targets by Oslo date (YYYY-MM-DD), earliest first within each day. */
export function targetsByDay(targets: readonly MoveTarget[]): Map<string, MoveTarget[]> {
  const byDay = new Map<string, MoveTarget[]>();
  for (const t of targets) {
    const date = osloDate(new Date(t.startMs));
    byDay.set(date, [...(byDay.get(date) ?? []), t]);
  }
  return byDay;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Monday of the week to show: the one asked for in the address, else the booking's own week (a move is usually
 * to a nearby day) — never a week that has already ended.
 */
export function weekToShow(asked: string | null, bookingDate: string, today: string): string {
  const monday = mondayOf(asked && ISO_DATE.test(asked) && !Number.isNaN(Date.parse(asked)) ? asked : bookingDate);
  const thisWeek = mondayOf(today);
  return monday < thisWeek ? thisWeek : monday;
}

/**
 * Arrow keys between the week's times (in reading order: day by day, earliest first): up and down step one time,
 * Home and End go to the first and last. Null for any other key, or when there is nothing to step to.
 */
export function stepTime(index: number, count: number, key: string): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowUp':
      return index > 0 ? index - 1 : null;
    case 'ArrowDown':
      return index < count - 1 ? index + 1 : null;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
