// The agent SPA's addresses (under /agent), in Norwegian because people read and share them.

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

/** "Why no free times?" for one practitioner, found by name. */
export function whyPath(practitioner: { id: string; name: string }): string {
  return `${PATHS.why}?${new URLSearchParams({ navn: practitioner.name, behandler: practitioner.id }).toString()}`;
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
