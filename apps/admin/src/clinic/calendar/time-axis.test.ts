import { describe, expect, it } from 'vitest';
import { osloInstant } from '@bn/domain';
import { dayAxis, hourWindow, offsetMinutes, placeOnAxis } from './time-axis.js';

const FULL_DAY = { fromHour: 0, toHour: 24 };
const at = (iso: string) => new Date(iso);

describe('dayAxis on an ordinary day', () => {
  const axis = dayAxis('2026-11-30', { fromHour: 7, toHour: 19 });

  it('runs from 07:00 to 19:00 Oslo time with a tick every hour', () => {
    expect(axis.start).toEqual(at('2026-11-30T06:00:00Z'));
    expect(axis.end).toEqual(at('2026-11-30T18:00:00Z'));
    expect(axis.minutes).toBe(12 * 60);
    expect(axis.ticks.map((t) => t.label)).toEqual([
      '07:00',
      '08:00',
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
      '18:00',
    ]);
  });

  it('maps an appointment 08:30–09:15 to top 90 min and height 45 min, whatever the scale', () => {
    expect(
      placeOnAxis(axis, { start: osloInstant('2026-11-30', '08:30'), end: osloInstant('2026-11-30', '09:15') }, 2),
    ).toEqual({ top: 180, height: 90 });
  });

  it('cuts what runs past the window and leaves out what lies outside it', () => {
    expect(
      placeOnAxis(axis, { start: osloInstant('2026-11-30', '18:30'), end: osloInstant('2026-11-30', '19:30') }, 1),
    ).toEqual({ top: 690, height: 30 });
    expect(
      placeOnAxis(axis, { start: osloInstant('2026-11-30', '19:00'), end: osloInstant('2026-11-30', '20:00') }, 1),
    ).toBeNull();
    expect(offsetMinutes(axis, osloInstant('2026-11-30', '05:00'))).toBe(0);
  });
});

describe('dayAxis when daylight saving time ends: 2026-10-25 has 25 hours', () => {
  const axis = dayAxis('2026-10-25', FULL_DAY);

  it('is 25 hours long and shows 02:00 twice, the second marked as repeated', () => {
    expect(axis.minutes).toBe(25 * 60);
    expect(axis.ticks).toHaveLength(25);
    expect(axis.ticks.slice(0, 5).map((t) => [t.label, t.repeated])).toEqual([
      ['00:00', false],
      ['01:00', false],
      ['02:00', false],
      ['02:00', true],
      ['03:00', false],
    ]);
    expect(axis.ticks.at(-1)!.label).toBe('23:00');
  });

  it('places times after the change one real hour further down', () => {
    // 02:30 summer time is 00:30 UTC, 02:30 winter time 01:30 UTC; 08:00 winter time is 9 real hours after midnight.
    expect(offsetMinutes(axis, at('2026-10-25T00:30:00Z'))).toBe(150);
    expect(offsetMinutes(axis, at('2026-10-25T01:30:00Z'))).toBe(210);
    expect(offsetMinutes(axis, osloInstant('2026-10-25', '08:00'))).toBe(9 * 60);
    // An hour's appointment across the change is an hour tall.
    expect(placeOnAxis(axis, { start: at('2026-10-25T00:30:00Z'), end: at('2026-10-25T01:30:00Z') }, 1)).toEqual({
      top: 150,
      height: 60,
    });
  });

  it('keeps a daytime window 12 hours long, so its hours line up with the other days of the week', () => {
    const day = dayAxis('2026-10-25', { fromHour: 7, toHour: 19 });
    expect(day.minutes).toBe(12 * 60);
    expect(day.ticks.map((t) => t.label)[1]).toBe('08:00');
    expect(offsetMinutes(day, osloInstant('2026-10-25', '08:00'))).toBe(60);
  });
});

describe('dayAxis when daylight saving time starts: 2027-03-28 has 23 hours', () => {
  const axis = dayAxis('2027-03-28', FULL_DAY);

  it('is 23 hours long and has no 02:00', () => {
    expect(axis.minutes).toBe(23 * 60);
    expect(axis.ticks).toHaveLength(23);
    expect(axis.ticks.slice(0, 4).map((t) => t.label)).toEqual(['00:00', '01:00', '03:00', '04:00']);
    expect(axis.ticks.every((t) => !t.repeated)).toBe(true);
  });

  it('places 03:00 summer time two real hours after midnight, and 08:00 seven', () => {
    expect(offsetMinutes(axis, osloInstant('2027-03-28', '03:00'))).toBe(120);
    expect(offsetMinutes(axis, osloInstant('2027-03-28', '08:00'))).toBe(7 * 60);
    // 01:30–03:30 on the clock is one real hour.
    expect(
      placeOnAxis(axis, { start: osloInstant('2027-03-28', '01:30'), end: osloInstant('2027-03-28', '03:30') }, 2),
    ).toEqual({ top: 180, height: 120 });
  });

  it('keeps a daytime window 12 hours long', () => {
    expect(dayAxis('2027-03-28', { fromHour: 7, toHour: 19 }).minutes).toBe(12 * 60);
  });
});

describe('hourWindow', () => {
  const day = '2026-11-30';
  const span = (from: string, to: string, date = day, toDate = date) => ({
    start: osloInstant(date, from),
    end: osloInstant(toDate, to),
  });

  it('keeps 07–19 when everything fits', () => {
    expect(hourWindow([span('08:00', '16:00')], [day])).toEqual({ fromHour: 7, toHour: 19 });
  });

  it('widens to whole hours around early and late intervals', () => {
    expect(hourWindow([span('06:15', '06:45'), span('19:00', '19:30')], [day])).toEqual({ fromHour: 6, toHour: 20 });
    expect(hourWindow([span('18:30', '19:00')], [day])).toEqual({ fromHour: 7, toHour: 19 });
  });

  it('ignores intervals on other dates and opens the whole evening or morning for one across midnight', () => {
    expect(hourWindow([span('05:00', '06:00', '2026-12-01')], [day])).toEqual({ fromHour: 7, toHour: 19 });
    expect(hourWindow([span('23:00', '01:00', day, '2026-12-01')], [day])).toEqual({ fromHour: 7, toHour: 24 });
    expect(hourWindow([span('23:00', '01:00', '2026-11-29', day)], [day])).toEqual({ fromHour: 0, toHour: 19 });
  });
});
