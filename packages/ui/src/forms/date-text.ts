// What a person may type in a date field, read as an ISO date (`YYYY-MM-DD`), and the calendar month around a date.
//
// Accepted (day first, as Norwegians write dates):
//   2.12.2026, 02.12.2026, 2/12/2026, 2-12-2026, 2 12 2026  – day, month and a four-digit year, any of . / - or space
//   2.12.26, 02.12.26                                        – a two-digit year is 20yy
//   021226, 02122026                                         – six or eight digits without separators
// Anything else, and days that do not exist (31.02.2026), is refused. Years are 1900–2099.

const SEPARATED = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{2}|\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;

function isoOf(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function yearOf(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** The ISO date a person meant by `text` in any accepted form, or null. */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  const match = SEPARATED.exec(trimmed) ?? DIGITS.exec(trimmed);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  return isoOf(Number(day), Number(month), yearOf(year));
}

/** Only a complete long form (four-digit year, or eight digits): safe to take while the person is still typing. */
export function parseCompleteDateText(text: string): string | null {
  const trimmed = text.trim();
  return /^\d{1,2}[./\- ]\d{1,2}[./\- ]\d{4}$|^\d{8}$/.test(trimmed) ? parseDateText(trimmed) : null;
}

/** `2026-12-02` → `02.12.2026`; anything not an ISO date → ''. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3] ?? ''}.${match[2] ?? ''}.${match[1] ?? ''}` : '';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date `days` after `iso` (negative: before), by the calendar, no time zone involved. */
export function shiftDays(iso: string, days: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The same day `months` later (or earlier), the month's last day when it is shorter: 31.01 + 1 → 28.02. */
export function shiftMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoOf(Math.min(d, daysInMonth(year, month)), month, year) ?? iso;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The weeks (Monday first) that show the month of `iso`: each a row of seven ISO dates, spilling into the neighbours. */
export function monthWeeks(iso: string): string[][] {
  const first = `${iso.slice(0, 7)}-01`;
  const [y = 0, m = 1] = iso.split('-').map(Number);
  const start = shiftDays(first, 1 - weekdayOf(first));
  const last = `${iso.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  const weeks: string[][] = [];
  for (let monday = start; monday <= last; monday = shiftDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => shiftDays(monday, i)));
  }
  return weeks;
}
