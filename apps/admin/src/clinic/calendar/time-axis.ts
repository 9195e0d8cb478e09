// The calendar's vertical axis: a window of wall-clock hours on one Oslo date, measured in real minutes, so an
// appointment's height is its real length also on the days daylight saving time starts or ends (S2). On the last
// Sunday of October the window 00–24 holds 25 hours (02:00 comes twice), on the last Sunday of March 23 (no 02:00).
import { addDays, osloInstant, toOslo, minutesOf, timeOfMinutes } from '@bn/domain';

/** Whole wall-clock hours, `fromHour` < `toHour`, 0–24. */
export interface HourWindow {
  fromHour: number;
  toHour: number;
}

export interface Tick {
  at: Date;
  /** HH:mm in Oslo. */
  label: string;
  /** Real minutes from the window's start. */
  offset: number;
  /** The second 02:00 of the autumn night: the same label as the hour before, an hour later. */
  repeated: boolean;
}

export interface TimeAxis {
  date: string;
  start: Date;
  end: Date;
  /** Real minutes between start and end. */
  minutes: number;
  /** One per real hour from the start. */
  ticks: Tick[];
}

/** The receptionist's usual day; widened to the appointments and free time shown. */
export const DEFAULT_WINDOW: HourWindow = { fromHour: 7, toHour: 19 };

const MINUTE = 60_000;

function wallHour(date: string, hour: number): Date {
  return hour >= 24 ? osloInstant(addDays(date, 1), '00:00') : osloInstant(date, timeOfMinutes(hour * 60));
}

export function dayAxis(date: string, window: HourWindow): TimeAxis {
  const start = wallHour(date, window.fromHour);
  const end = wallHour(date, window.toHour);
  const minutes = Math.round((end.getTime() - start.getTime()) / MINUTE);
  const ticks: Tick[] = [];
  for (let offset = 0; offset < minutes; offset += 60) {
    const at = new Date(start.getTime() + offset * MINUTE);
    const label = toOslo(at).time;
    ticks.push({ at, label, offset, repeated: ticks.some((t) => t.label === label) });
  }
  return { date, start, end, minutes, ticks };
}

/** Real minutes from the axis's start, clamped to the window (an appointment running past it is cut at the edge). */
export function offsetMinutes(axis: TimeAxis, instant: Date): number {
  const raw = (instant.getTime() - axis.start.getTime()) / MINUTE;
  return Math.min(axis.minutes, Math.max(0, raw));
}

/** Top and height in pixels of an interval on the axis; null when it lies wholly outside the window. */
export function placeOnAxis(
  axis: TimeAxis,
  interval: { start: Date; end: Date },
  pxPerMinute: number,
): { top: number; height: number } | null {
  if (interval.end <= axis.start || interval.start >= axis.end) return null;
  const top = offsetMinutes(axis, interval.start);
  const bottom = offsetMinutes(axis, interval.end);
  return { top: top * pxPerMinute, height: Math.max(bottom - top, 0) * pxPerMinute };
}

/**
 * The window that shows everything on the given dates: the default hours, widened to whole hours around every
 * interval that touches one of the dates (an interval from the evening before starts the window at 00).
 */
export function hourWindow(
  intervals: readonly { start: Date; end: Date }[],
  dates: readonly string[],
  base: HourWindow = DEFAULT_WINDOW,
): HourWindow {
  let { fromHour, toHour } = base;
  const shown = new Set(dates);
  for (const { start, end } of intervals) {
    const s = toOslo(start);
    const e = toOslo(new Date(Math.max(end.getTime() - 1, start.getTime())));
    const overnight = e.date !== s.date;
    if (shown.has(s.date)) {
      fromHour = Math.min(fromHour, Math.floor(minutesOf(s.time) / 60));
      if (overnight) toHour = 24;
    }
    if (shown.has(e.date)) {
      toHour = Math.max(toHour, Math.floor(minutesOf(e.time) / 60) + 1);
      if (overnight) fromHour = 0;
    }
  }
  return { fromHour, toHour };
}
