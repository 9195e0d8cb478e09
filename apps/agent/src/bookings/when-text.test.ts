import { describe, expect, it } from 'vitest';
import { dateTime, weekdayDateTime } from './when-text.js';

describe('an appointment’s time as the agent reads it', () => {
  it('is Oslo time with its weekday, across the daylight-saving change', () => {
    // Sunday 29 March 2026 at 02:00 Oslo moves to 03:00 summer time.
    expect(weekdayDateTime('2026-03-28T08:00:00Z', 'nb')).toBe('lørdag 28.03.2026 09:00');
    expect(weekdayDateTime('2026-03-30T07:00:00Z', 'nb')).toBe('mandag 30.03.2026 09:00');
    expect(weekdayDateTime('2026-03-30T07:00:00Z', 'en')).toBe('Monday 30.03.2026 09:00');
    // 23:30 UTC on the 31st is already 1 April in Oslo.
    expect(dateTime(new Date('2026-03-31T22:30:00Z'))).toBe('01.04.2026 00:30');
  });
});
