import { describe, expect, it } from 'vitest';
import {
  addDays,
  isoWeek,
  isoWeekMonday,
  isoWeekday,
  osloDate,
  osloInstant,
  osloOffsetMinutes,
  toOslo,
  wallClockInstants,
} from './oslo.js';

describe('Oslo wall clock', () => {
  it('converts winter and summer times with the right offset', () => {
    expect(osloInstant('2026-01-15', '08:00').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(osloInstant('2026-07-15', '08:00').toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(osloOffsetMinutes(new Date('2026-07-15T06:00:00Z'))).toBe(120);
  });

  it('spring forward (2027-03-28): 02:30 does not exist, 01:59 and 03:00 are one minute apart', () => {
    expect(wallClockInstants('2027-03-28', '02:30')).toEqual([]);
    const before = osloInstant('2027-03-28', '01:59');
    const after = osloInstant('2027-03-28', '03:00');
    expect(after.getTime() - before.getTime()).toBe(60_000);
    // A time inside the gap means the jump: 02:30 is read as 03:00 summer time.
    expect(osloInstant('2027-03-28', '02:30').toISOString()).toBe(after.toISOString());
  });

  it('fall back (2026-10-25): 02:30 happens twice, an hour apart', () => {
    const both = wallClockInstants('2026-10-25', '02:30');
    expect(both.map((d) => d.toISOString())).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(toOslo(both[1]!)).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  it('knows the Oslo date near midnight', () => {
    expect(osloDate(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });

  it('ISO weeks', () => {
    expect(isoWeek('2026-01-01')).toEqual({ isoYear: 2026, isoWeek: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekMonday(2026, 53)).toBe('2026-12-28');
    expect(isoWeekday('2026-11-26')).toBe(4);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
