// «Mine bookinger» shows a date range that lives in the address (?fra=&til=), like the search: shareable, and the
// back button returns to the previous range. The server accepts at most DATE_RANGE_DAYS.agentBookings days
// (agentBookingsInput).
import { addDays, DATE_RANGE_DAYS, isRangeWithin } from '@bn/domain';

export interface BookingsRange {
  from: string;
  to: string;
}

export const MAX_RANGE_DAYS = DATE_RANGE_DAYS.agentBookings;
/** Upcoming bookings, two months ahead, unless the agent asks for another range. */
export const DEFAULT_RANGE_DAYS = 60;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string | null): v is string => !!v && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v));

export function defaultRange(today: string): BookingsRange {
  return { from: today, to: addDays(today, DEFAULT_RANGE_DAYS) };
}

/** The default range when it shows `date`; otherwise one that ends on it, so a moved booking is in the list. */
export function rangeShowing(date: string, today: string): BookingsRange {
  const d = defaultRange(today);
  if (date >= d.from && date <= d.to) return d;
  return date > d.to
    ? { from: addDays(date, -DEFAULT_RANGE_DAYS), to: date }
    : { from: date, to: addDays(date, DEFAULT_RANGE_DAYS) };
}

export function readRange(params: URLSearchParams, today: string): BookingsRange {
  const d = defaultRange(today);
  const from = params.get('fra');
  const to = params.get('til');
  return { from: isDate(from) ? from : d.from, to: isDate(to) ? to : d.to };
}

export function rangeToParams(range: BookingsRange, today: string): URLSearchParams {
  const d = defaultRange(today);
  const params = new URLSearchParams();
  if (range.from !== d.from) params.set('fra', range.from);
  if (range.to !== d.to) params.set('til', range.to);
  return params;
}

export function rangeIsValid(range: BookingsRange): boolean {
  return isDate(range.from) && isDate(range.to) && isRangeWithin(range, MAX_RANGE_DAYS);
}
