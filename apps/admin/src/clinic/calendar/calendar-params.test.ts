import { describe, expect, it } from 'vitest';
import {
  calendarColumns,
  displayDate,
  isIsoDate,
  parseDisplayDate,
  readCalendarParams,
  shownBookIds,
  stepDate,
  visibleDates,
  writeCalendarParams,
} from './calendar-params.js';

const BOOKS = ['kari', 'ola', 'ingrid'];
const TODAY = '2026-11-26';

describe('readCalendarParams', () => {
  it('defaults to today, the day view, every book and no cancelled appointments', () => {
    expect(readCalendarParams(new URLSearchParams(), TODAY, BOOKS)).toEqual({
      view: 'day',
      date: TODAY,
      bookIds: BOOKS,
      weekBookId: 'kari',
      showCancelled: false,
    });
  });

  it('reads the view, the date, the chosen books (in the clinic’s order) and the cancelled switch', () => {
    const params = new URLSearchParams('visning=uke&dato=2026-12-03&bok=ingrid&bok=kari&avbestilte=1');
    expect(readCalendarParams(params, TODAY, BOOKS)).toEqual({
      view: 'week',
      date: '2026-12-03',
      bookIds: ['kari', 'ingrid'],
      weekBookId: 'kari',
      showCancelled: true,
    });
  });

  it('ignores a bad date, an unknown view and books that are not the clinic’s', () => {
    const params = new URLSearchParams('visning=maaned&dato=2026-02-30&bok=someone-else&ukebok=someone-else');
    expect(readCalendarParams(params, TODAY, BOOKS)).toEqual({
      view: 'day',
      date: TODAY,
      bookIds: BOOKS,
      weekBookId: 'kari',
      showCancelled: false,
    });
  });
});

describe('writeCalendarParams', () => {
  it('leaves the books out when all are chosen, and round-trips', () => {
    const all = { view: 'week' as const, date: '2026-12-03', bookIds: BOOKS, weekBookId: 'kari', showCancelled: false };
    expect(writeCalendarParams(all, BOOKS).toString()).toBe('visning=uke&dato=2026-12-03');
    const some = { view: 'day' as const, date: '2026-12-03', bookIds: ['ola'], weekBookId: 'ola', showCancelled: true };
    expect(readCalendarParams(writeCalendarParams(some, BOOKS), TODAY, BOOKS)).toEqual(some);
  });

  it('keeps a week book other than the first chosen, which need not be among the chosen', () => {
    const week = {
      view: 'week' as const,
      date: '2026-12-03',
      bookIds: ['kari'],
      weekBookId: 'ingrid',
      showCancelled: false,
    };
    expect(writeCalendarParams(week, BOOKS).get('ukebok')).toBe('ingrid');
    expect(readCalendarParams(writeCalendarParams(week, BOOKS), TODAY, BOOKS)).toEqual(week);
  });
});

describe('shownBookIds', () => {
  const state = {
    view: 'day' as const,
    date: TODAY,
    bookIds: ['kari', 'ola'],
    weekBookId: 'ola',
    showCancelled: false,
  };
  it('shows the chosen books in the day view and the one week book in the week view', () => {
    expect(shownBookIds(state)).toEqual(['kari', 'ola']);
    expect(shownBookIds({ ...state, view: 'week' })).toEqual(['ola']);
  });
});

describe('dates and columns', () => {
  it('shows Monday to Sunday in the week view, also across a new year', () => {
    expect(visibleDates('week', '2026-12-31')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(visibleDates('day', '2026-12-31')).toEqual(['2026-12-31']);
  });

  it('steps a day or a week, keeping the weekday', () => {
    expect(stepDate('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDate('week', '2026-12-03', -1)).toBe('2026-11-26');
  });

  it('makes a column per book in the day view, and per day × book in the week view', () => {
    expect(calendarColumns('day', '2026-12-03', ['kari', 'ola']).map((c) => c.key)).toEqual([
      'kari|2026-12-03',
      'ola|2026-12-03',
    ]);
    const week = calendarColumns('week', '2026-12-03', ['kari', 'ola']);
    expect(week).toHaveLength(14);
    expect(week.slice(0, 3).map((c) => c.key)).toEqual(['kari|2026-11-30', 'ola|2026-11-30', 'kari|2026-12-01']);
  });

  it('shows dates as dd.mm.yyyy and accepts only real ISO dates', () => {
    expect(displayDate('2027-03-28')).toBe('28.03.2027');
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('28.03.2027')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('reads a typed date as dd.mm.yyyy (or ISO) and refuses what is no date', () => {
    expect(parseDisplayDate('03.12.2026')).toBe('2026-12-03');
    expect(parseDisplayDate(' 3.2.2027 ')).toBe('2027-02-03');
    expect(parseDisplayDate('28/03/2027')).toBe('2027-03-28');
    expect(parseDisplayDate('2026-10-25')).toBe('2026-10-25');
    expect(parseDisplayDate('31.11.2026')).toBeNull();
    expect(parseDisplayDate('12.2026')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
  });
});
