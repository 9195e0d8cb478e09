/**
 * The one place that converts between instants and Oslo wall-clock time (S2). Templates are wall-clock
 * ("Monday 08:00"); slots and appointments are instants. Uses the IANA data in Node's and the browser's ICU.
 */
export const OSLO = 'Europe/Oslo';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

function parts(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

/** The Oslo wall clock at an instant. */
export function toOslo(instant: Date): WallClock {
  const p = parts(instant);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The Oslo calendar date of an instant, YYYY-MM-DD. */
export function osloDate(instant: Date): string {
  return toOslo(instant).date;
}

/** Minutes Oslo is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: Date): number {
  const p = parts(instant);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Every instant at which Oslo's clock shows this wall time: none in the skipped spring hour, two in the repeated
 * autumn hour, one otherwise. Sorted, earliest first.
 */
export function wallClockInstants(date: string, time: string): Date[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const found: Date[] = [];
  for (const offset of [120, 60]) {
    const candidate = new Date(naive - offset * 60_000);
    const back = toOslo(candidate);
    if (back.date === date && back.time === time) found.push(candidate);
  }
  return found.sort((a, b) => a.getTime() - b.getTime());
}

/**
 * The instant a wall time refers to. In the repeated hour the first occurrence; in the skipped hour the moment
 * the clock jumps to (02:30 on the spring day → 03:00 summer time, i.e. the same instant as 02:00 winter time + 30 min).
 */
export function osloInstant(date: string, time: string): Date {
  const found = wallClockInstants(date, time);
  if (found[0]) return found[0];
  // In the skipped hour: the first wall minute that exists after it is the moment of the jump.
  for (let m = minutesOf(time) + 1; m < 24 * 60; m++) {
    const after = wallClockInstants(date, timeOfMinutes(m));
    if (after[0]) return after[0];
  }
  throw new RangeError(`No Oslo time ${date} ${time}`);
}

/** Adds calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week of a YYYY-MM-DD date. */
export function isoWeek(date: string): { isoYear: number; isoWeek: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const jan1 = Date.UTC(year, 0, 1);
  const [y, m, d] = thursday.split('-').map(Number) as [number, number, number];
  const dayOfYear = Math.round((Date.UTC(y, m - 1, d) - jan1) / 86_400_000);
  return { isoYear: year, isoWeek: Math.floor(dayOfYear / 7) + 1 };
}

/** The Monday (YYYY-MM-DD) of an ISO week. */
export function isoWeekMonday(isoYear: number, week: number): string {
  const jan4 = `${isoYear}-01-04`;
  const mondayWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayWeek1, (week - 1) * 7);
}

/** Minutes since midnight of an HH:mm time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
