/**
 * Calendar facts per Oslo date (weekday, ISO week, midnight, day length) and window boundaries as epoch
 * milliseconds, built only on `time/oslo.ts`. Speed: the facts are memoised per date (bounded), so expanding a work
 * plan costs about one Intl call per distinct date the process ever sees (the benchmark expands 10,000 books over
 * the same 56 dates), and a boundary on an ordinary 24-hour day is plain "midnight + minutes". Only the
 * daylight-saving days take the exact, Intl-per-boundary path.
 */
import { addDays, isoWeek, isoWeekday, osloInstant, timeOfMinutes, wallClockInstants } from '../time/oslo.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const LAST_MINUTE = 24 * 60 - 1;

export interface DayInfo {
  date: string;
  /** The next date, YYYY-MM-DD. */
  next: string;
  /** ISO weekday, Monday 1 … Sunday 7. */
  weekday: number;
  isoYear: number;
  isoWeek: number;
  /** The instant Oslo's clock shows 00:00 (it always exists: the changes happen at 02:00/03:00). */
  midnightMs: number;
  /** 24 hours long, i.e. not a daylight-saving day. */
  regular: boolean;
}

// Pure facts of the calendar and the tz database, so sharing them across calls is safe. Bounded for long-running
// servers (a few years of dates); clearing only costs recomputation.
const days = new Map<string, DayInfo>();
const midnights = new Map<string, number>();
const MAX_CACHED_DATES = 8192;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_CACHED_DATES) cache.clear();
  cache.set(key, value);
  return value;
}

export function osloMidnightMs(date: string): number {
  return midnights.get(date) ?? remember(midnights, date, osloInstant(date, '00:00').getTime());
}

export function dayInfo(date: string): DayInfo {
  const known = days.get(date);
  if (known) return known;
  const next = addDays(date, 1);
  const midnightMs = osloMidnightMs(date);
  return remember(days, date, {
    date,
    next,
    weekday: isoWeekday(date),
    ...isoWeek(date),
    midnightMs,
    regular: osloMidnightMs(next) - midnightMs === DAY_MS,
  });
}

/**
 * The instant of a window boundary at `minutes` after midnight on a date.
 * - Repeated autumn hour: the first occurrence (summer time), for starts and ends alike, so adjacent windows stay
 *   adjacent and a window crossing the hour contains both passes of it (01:00–04:00 is four real hours).
 * - Skipped spring hour: the jump itself, i.e. the instant the clock shows 03:00 (01:00Z), as `osloInstant` reads it.
 *   Were 02:30 read as 03:30 summer time, 01:00–02:30 would end after a 03:00–04:00 window starts; the jump keeps
 *   boundaries monotone in wall time, so windows that do not overlap on the clock never overlap in time.
 */
export function boundaryMs(day: DayInfo, minutes: number): number {
  if (day.regular) return day.midnightMs + minutes * MINUTE_MS;
  for (let m = minutes; m <= LAST_MINUTE; m++) {
    const found = wallClockInstants(day.date, timeOfMinutes(m));
    if (found[0]) return found[0].getTime();
  }
  return osloMidnightMs(day.next);
}
