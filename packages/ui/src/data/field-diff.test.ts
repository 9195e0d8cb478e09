import { describe, expect, it } from 'vitest';
import { diffFields } from './field-diff.js';

describe('diffFields', () => {
  it('lists only the changed fields of an update, nested ones by their path', () => {
    const before = {
      id: 'b1',
      name: 'Kari',
      onlineBooking: false,
      restrictions: { daysAhead: null, minNoticeHours: 2 },
    };
    const after = { id: 'b1', name: 'Kari', onlineBooking: true, restrictions: { daysAhead: 60, minNoticeHours: 2 } };
    expect(diffFields(before, after)).toEqual([
      { path: 'onlineBooking', before: false, after: true },
      { path: 'restrictions.daysAhead', before: null, after: 60 },
    ]);
  });

  it('compares lists of plain values as one value and lists of objects by element', () => {
    const before = { tariffIds: ['a'], windows: [{ weekday: 1, start: '08:00' }] };
    const after = {
      tariffIds: ['a', 'b'],
      windows: [
        { weekday: 1, start: '09:00' },
        { weekday: 2, start: '08:00' },
      ],
    };
    expect(diffFields(before, after)).toEqual([
      { path: 'tariffIds', before: ['a'], after: ['a', 'b'] },
      { path: 'windows.0', before: { weekday: 1, start: '08:00' }, after: { weekday: 1, start: '09:00' } },
      { path: 'windows.1', before: null, after: { weekday: 2, start: '08:00' } },
    ]);
  });

  it('shows every field of a created row but its id', () => {
    expect(diffFields(null, { id: 'x', name: 'Ny', hprNumber: null })).toEqual([
      { path: 'name', before: null, after: 'Ny' },
    ]);
  });

  it('shows what a deleted row had', () => {
    expect(diffFields({ id: 'x', name: 'Gammel' }, null)).toEqual([{ path: 'name', before: 'Gammel', after: null }]);
  });
});
