import { describe, expect, it } from 'vitest';
import type { PractitionerSlots } from '../api-types.js';
import { moveTargets, stepTime, targetsByDay, weekToShow } from './move-times.js';

type Offer = PractitionerSlots['offers'][number];
const offer = (o: Partial<Offer>): Offer =>
  ({
    bookId: 'book',
    typeId: 'fysio30',
    departmentId: 'majorstuen',
    tariffCode: 'B1010',
    practitionerId: 'kari',
    ...o,
  }) as Offer;
const ms = (iso: string) => Date.parse(iso);

describe('the times a booking can be moved to', () => {
  const data: PractitionerSlots = {
    offers: [
      offer({}),
      offer({ departmentId: 'bislett' }),
      offer({ typeId: 'fysio45' }),
      offer({ tariffCode: 'B1020' }),
      offer({ bookId: 'other-book' }),
    ],
    slots: [
      { startMs: ms('2026-03-10T09:00:00Z'), endMs: ms('2026-03-10T09:30:00Z'), offer: 1 },
      { startMs: ms('2026-03-10T08:00:00Z'), endMs: ms('2026-03-10T08:30:00Z'), offer: 0 },
      { startMs: ms('2026-03-10T08:00:00Z'), endMs: ms('2026-03-10T08:30:00Z'), offer: 1 },
      { startMs: ms('2026-03-10T10:00:00Z'), endMs: ms('2026-03-10T10:45:00Z'), offer: 2 },
      { startMs: ms('2026-03-10T11:00:00Z'), endMs: ms('2026-03-10T11:30:00Z'), offer: 3 },
      { startMs: ms('2026-03-10T12:00:00Z'), endMs: ms('2026-03-10T12:30:00Z'), offer: 4 },
      { startMs: ms('2026-03-11T22:30:00Z'), endMs: ms('2026-03-11T23:00:00Z'), offer: 0 },
    ],
  };

  it('keeps only the same book, type and tariff (any case), each time once, earliest first', () => {
    expect(
      moveTargets(data, { bookId: 'book', typeId: 'fysio30', tariffCode: 'b1010' }).map((t) =>
        new Date(t.startMs).toISOString(),
      ),
    ).toEqual(['2026-03-10T08:00:00.000Z', '2026-03-10T09:00:00.000Z', '2026-03-11T22:30:00.000Z']);
    expect(moveTargets(data, { bookId: 'book', typeId: null, tariffCode: 'B1010' })).toEqual([]);
  });

  it('groups them by Oslo date: 23:30 in Oslo is still that day', () => {
    const byDay = targetsByDay(moveTargets(data, { bookId: 'book', typeId: 'fysio30', tariffCode: 'B1010' }));
    expect([...byDay.keys()]).toEqual(['2026-03-10', '2026-03-11']);
    expect(byDay.get('2026-03-10')).toHaveLength(2);
  });

  it('shows the asked week, else the booking’s, never one already over', () => {
    expect(weekToShow(null, '2026-03-12', '2026-03-02')).toBe('2026-03-09');
    expect(weekToShow('2026-03-18', '2026-03-12', '2026-03-02')).toBe('2026-03-16');
    expect(weekToShow('tull', '2026-03-12', '2026-03-02')).toBe('2026-03-09');
    expect(weekToShow('2026-02-01', '2026-03-12', '2026-03-04')).toBe('2026-03-02');
  });

  it('steps between times with the arrow keys, Home and End', () => {
    expect(stepTime(0, 3, 'ArrowDown')).toBe(1);
    expect(stepTime(2, 3, 'ArrowDown')).toBeNull();
    expect(stepTime(1, 3, 'ArrowUp')).toBe(0);
    expect(stepTime(0, 3, 'ArrowUp')).toBeNull();
    expect(stepTime(1, 3, 'End')).toBe(2);
    expect(stepTime(2, 3, 'Home')).toBe(0);
    expect(stepTime(0, 0, 'Home')).toBeNull();
    expect(stepTime(0, 3, 'Enter')).toBeNull();
  });
});
