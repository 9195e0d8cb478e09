import { describe, expect, it } from 'vitest';
import { displayDate, mondayOf, weekDays, weekNumber } from './dates.js';

describe('the week view’s calendar', () => {
  it('runs Monday to Sunday, across a month and a year', () => {
    expect(mondayOf('2026-11-26')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(weekDays('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(weekNumber('2026-12-28')).toBe(53);
    expect(displayDate('2026-12-01')).toBe('01.12.2026');
  });
});
