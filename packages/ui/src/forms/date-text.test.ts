import { describe, expect, it } from 'vitest';
import { formatIsoDate, monthWeeks, parseCompleteDateText, parseDateText, shiftMonths } from './date-text.js';

describe('parseDateText', () => {
  it.each([
    ['02.12.2026', '2026-12-02'],
    ['2.12.2026', '2026-12-02'],
    ['2/12/2026', '2026-12-02'],
    ['2-12-2026', '2026-12-02'],
    [' 2 12 2026 ', '2026-12-02'],
    ['02.12.26', '2026-12-02'],
    ['2.1.26', '2026-01-02'],
    ['021226', '2026-12-02'],
    ['02122026', '2026-12-02'],
    ['29.02.2028', '2028-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    '',
    '31.02.2026',
    '29.02.2027',
    '32.01.2026',
    '01.13.2026',
    '2026-12-02',
    '12/2',
    '2.12.202',
    '0212',
    'i går',
  ])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('takes only the long forms while typing, so 2.12.20 on the way to 2.12.2026 is not 2020', () => {
    expect(parseCompleteDateText('2.12.20')).toBeNull();
    expect(parseCompleteDateText('021220')).toBeNull();
    expect(parseCompleteDateText('2.12.2026')).toBe('2026-12-02');
    expect(parseCompleteDateText('02122026')).toBe('2026-12-02');
  });
});

describe('the calendar month', () => {
  it('writes ISO dates as dd.mm.yyyy', () => {
    expect(formatIsoDate('2026-12-02')).toBe('02.12.2026');
    expect(formatIsoDate('')).toBe('');
  });

  it('starts weeks on Monday and spills into the neighbouring months', () => {
    const weeks = monthWeeks('2026-12-15');
    expect(weeks[0]).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks.at(-1)?.[0]).toBe('2026-12-28');
    expect(weeks.at(-1)?.[6]).toBe('2027-01-03');
  });

  it('keeps a month step inside the shorter month', () => {
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(shiftMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});
