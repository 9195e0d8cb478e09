// The agent SPA's addresses (under /agent), in Norwegian because people read and share them.
import { addDays, DATE_RANGE_DAYS } from '@bn/domain';

export const PATHS = {
  search: '/',
  why: '/hvorfor',
  booking: '/bestill',
  bookings: '/mine-bookinger',
} as const;

/** A practitioner's week view; `week` is any date in the week (YYYY-MM-DD), `tariff` keeps the search's tariff. */
export function weekPath(practitionerId: string, options: { week?: string; tariff?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.week) params.set('uke', options.week);
  if (options.tariff) params.set('takst', options.tariff);
  const query = params.toString();
  return `/behandler/${encodeURIComponent(practitionerId)}${query ? `?${query}` : ''}`;
}

/** "Why no free times?" for one practitioner, found by name, over the range the agent searched (default: 14 days). */
export function whyPath(practitioner: { id: string; name: string }, range?: { from: string; to: string }): string {
  const params = new URLSearchParams({ navn: practitioner.name, behandler: practitioner.id });
  if (range) {
    params.set('fra', range.from);
    params.set('til', range.to);
  }
  return `${PATHS.why}?${params.toString()}`;
}

/** "Why no free times?" from an empty search: the searched range, and the searched name (when there was one) to look up. */
export function whySearchPath(range: { from: string; to: string }, name: string): string {
  const params = new URLSearchParams();
  if (name.trim()) params.set('navn', name.trim());
  params.set('fra', range.from);
  params.set('til', range.to);
  return `${PATHS.why}?${params.toString()}`;
}

const WHY_DEFAULT_DAYS = 14;
/** What "why no times?" answers over at most (the server's limit, whyNoTimesInput). */
const WHY_MAX_DAYS = DATE_RANGE_DAYS.search;

/** The range of "why no times?" from its address: `fra`/`til` when they make a valid range, else today + 14 days. */
export function whyRange(params: URLSearchParams, today: string): { from: string; to: string } {
  const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : null);
  const from = date(params.get('fra')) ?? today;
  const to = date(params.get('til')) ?? addDays(from, WHY_DEFAULT_DAYS);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return days >= 0 && days <= WHY_MAX_DAYS ? { from, to } : { from, to: addDays(from, WHY_DEFAULT_DAYS) };
}

/**
 * Moving one of the agent's bookings: `/mine-bookinger/<id>/flytt?dato=…` — the date (YYYY-MM-DD, Oslo) is where
 * booking.mine finds the booking again in a fresh tab; `week` is any date in the week of free times shown.
 */
export function movePath(booking: { id: string; date: string }, options: { week?: string } = {}): string {
  const params = new URLSearchParams({ dato: booking.date });
  if (options.week) params.set('uke', options.week);
  return `${PATHS.bookings}/${encodeURIComponent(booking.id)}/flytt?${params.toString()}`;
}
