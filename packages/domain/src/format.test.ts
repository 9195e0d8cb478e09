import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatOrgNumber, formatTime } from './format.js';

describe('formatDate and formatTime (Europe/Oslo)', () => {
  it('formats a winter time (UTC+1) as dd.mm.yyyy and HH:mm', () => {
    const d = new Date('2026-01-15T07:05:00Z');
    expect(formatDate(d)).toBe('15.01.2026');
    expect(formatTime(d)).toBe('08:05');
  });

  it('formats a summer time (UTC+2)', () => {
    expect(formatTime(new Date('2026-07-01T12:30:00Z'))).toBe('14:30');
  });

  it('moves to the next day in Oslo when UTC is still on the day before', () => {
    const d = new Date('2026-12-31T23:30:00Z');
    expect(formatDate(d)).toBe('01.01.2027');
    expect(formatTime(d)).toBe('00:30');
  });

  it('shows midnight as 00:00, never 24:00', () => {
    expect(formatTime(new Date('2026-02-01T23:00:00Z'))).toBe('00:00');
  });

  it('handles the spring change: 02:00 local does not exist, the clock jumps to 03:00', () => {
    expect(formatTime(new Date('2026-03-29T00:59:00Z'))).toBe('01:59');
    expect(formatTime(new Date('2026-03-29T01:00:00Z'))).toBe('03:00');
  });

  it('handles the autumn change: 02:00–03:00 local happens twice', () => {
    expect(formatTime(new Date('2026-10-25T00:30:00Z'))).toBe('02:30');
    expect(formatTime(new Date('2026-10-25T01:30:00Z'))).toBe('02:30');
    expect(formatTime(new Date('2026-10-25T02:30:00Z'))).toBe('03:30');
  });

  it('accepts ISO strings and epoch milliseconds', () => {
    expect(formatDateTime('2026-05-17T08:00:00Z')).toBe('17.05.2026 10:00');
    expect(formatDate(Date.UTC(2026, 4, 17, 8))).toBe('17.05.2026');
  });

  it('refuses something that is not a date', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('formatOrgNumber', () => {
  it('groups nine digits in threes', () => {
    expect(formatOrgNumber('921400012')).toBe('921 400 012');
    expect(formatOrgNumber('921 40 0012')).toBe('921 400 012');
  });

  it('leaves anything else as it is', () => {
    expect(formatOrgNumber('12345')).toBe('12345');
  });
});
