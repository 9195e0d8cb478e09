import { describe, expect, it } from 'vitest';
import { osloInstant } from '@bn/domain';
import { freeBandsByColumn, mergeIntervals } from './free-bands.js';

const t = (time: string, date = '2026-11-30') => osloInstant(date, time);

describe('mergeIntervals', () => {
  it('joins overlapping and touching intervals and keeps gaps', () => {
    const merged = mergeIntervals([
      { start: t('09:00'), end: t('09:45') },
      { start: t('08:00'), end: t('08:30') },
      { start: t('08:30'), end: t('09:00') },
      { start: t('09:30'), end: t('10:00') },
      { start: t('11:00'), end: t('11:30') },
    ]);
    expect(merged).toEqual([
      { start: t('08:00'), end: t('10:00') },
      { start: t('11:00'), end: t('11:30') },
    ]);
  });
});

describe('freeBandsByColumn', () => {
  it('groups by book and Oslo date (a slot at 00:30 Oslo time belongs to that day, not the UTC one)', () => {
    const bands = freeBandsByColumn(
      [
        { bookId: 'kari', startAt: t('08:00'), endAt: t('08:30') },
        { bookId: 'kari', startAt: t('08:00'), endAt: t('08:45') },
        { bookId: 'ola', startAt: t('08:00'), endAt: t('08:30') },
        { bookId: 'kari', startAt: t('00:30', '2026-12-01'), endAt: t('01:00', '2026-12-01') },
      ],
      (book, date) => `${book}|${date}`,
    );
    expect([...bands.keys()].sort()).toEqual(['kari|2026-11-30', 'kari|2026-12-01', 'ola|2026-11-30']);
    expect(bands.get('kari|2026-11-30')).toEqual([{ start: t('08:00'), end: t('08:45') }]);
  });
});
