import { describe, expect, it } from 'vitest';
import { bookingHorizon, daysAheadBounds } from './restrictions.js';

describe('daysAheadBounds', () => {
  it('gives, for every days-ahead value, the bound bookingHorizon gives — across the autumn clock change', () => {
    const now = new Date('2026-10-20T21:30:00Z'); // 23:30 in Oslo, a week before the clocks go back
    const until = new Date('2026-11-15T00:00:00Z');
    const bounds = daysAheadBounds(now, until);
    bounds.forEach((bound, n) => {
      expect(bound).toEqual(bookingHorizon({ now, restrictions: { minNoticeHours: 0, daysAhead: n } }).startsBefore);
    });
    expect(bounds.at(-1)! >= until).toBe(true);
    expect(bounds.at(-2)! < until).toBe(true);
    // Oslo midnight is 22:00 UTC in summer time and 23:00 UTC after 25 October.
    expect(bounds[0]).toEqual(new Date('2026-10-20T22:00:00Z'));
    expect(bounds[10]).toEqual(new Date('2026-10-30T23:00:00Z'));
  });
});
