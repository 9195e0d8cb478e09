import { describe, expect, it } from 'vitest';
import { rangeIsValid, rangeShowing, rangeToParams, readRange } from './bookings-range.js';

describe('the range of «Mine bookinger»', () => {
  it('defaults to the next two months and keeps only what differs in the address', () => {
    expect(readRange(new URLSearchParams(), '2026-11-30')).toEqual({ from: '2026-11-30', to: '2027-01-29' });
    expect(readRange(new URLSearchParams('fra=2026-11-01&til=tull'), '2026-11-30')).toEqual({
      from: '2026-11-01',
      to: '2027-01-29',
    });
    expect(rangeToParams({ from: '2026-11-01', to: '2027-01-29' }, '2026-11-30').toString()).toBe('fra=2026-11-01');
  });

  it('accepts at most 92 days, to on or after from', () => {
    expect(rangeIsValid({ from: '2026-11-30', to: '2026-11-30' })).toBe(true);
    expect(rangeIsValid({ from: '2026-11-30', to: '2027-03-02' })).toBe(true);
    expect(rangeIsValid({ from: '2026-11-30', to: '2027-03-03' })).toBe(false);
    expect(rangeIsValid({ from: '2026-12-01', to: '2026-11-30' })).toBe(false);
  });

  it('shows a given date: the default range when it holds it, else two months ending (or starting) there', () => {
    expect(rangeShowing('2026-12-24', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2027-01-29' });
    expect(rangeShowing('2027-02-20', '2026-11-30')).toEqual({ from: '2026-12-22', to: '2027-02-20' });
    expect(rangeShowing('2026-11-01', '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-12-31' });
    expect(rangeIsValid(rangeShowing('2027-02-20', '2026-11-30'))).toBe(true);
  });
});
