/**
 * Display formatters for what people read. Every time in the product is the clinic's local time (rule S2), so
 * dates and times are shown in Europe/Oslo whatever the browser's own time zone is; the conversion itself lives
 * in `time/oslo.ts`, the one place that knows about time zones.
 */
import { toOslo } from './time/oslo.js';

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}`);
  return date;
}

/** `dd.mm.yyyy` in Europe/Oslo, e.g. 24.12.2026. */
export function formatDate(value: DateInput): string {
  const [year, month, day] = toOslo(toDate(value)).date.split('-');
  return `${day}.${month}.${year}`;
}

/** `HH:mm` (24-hour) in Europe/Oslo, e.g. 08:05. */
export function formatTime(value: DateInput): string {
  return toOslo(toDate(value)).time;
}

/** `dd.mm.yyyy HH:mm` in Europe/Oslo. */
export function formatDateTime(value: DateInput): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** A Norwegian organisation number grouped as people write it: 921 400 012. Anything else is returned as given. */
export function formatOrgNumber(value: string): string {
  const digits = value.replace(/\s/g, '');
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}
