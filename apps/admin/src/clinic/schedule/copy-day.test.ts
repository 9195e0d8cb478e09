import { describe, expect, it } from 'vitest';
import { copyDay } from './copy-day.js';

let n = 0;
const key = () => `k${++n}`;
const w = (weekday: number, start: string, end: string, typeIds: string[], k: string) => ({
  weekday,
  start,
  end,
  typeIds,
  key: k,
});

describe('copying a day of a week template', () => {
  const monday = [w(1, '08:00', '11:30', ['fysio'], 'a'), w(1, '12:00', '16:00', ['fysio', 'kort'], 'b')];

  it('puts Monday’s windows, with their types, on Tuesday to Friday', () => {
    const rows = copyDay(monday, 1, [2, 3, 4, 5], key);
    expect(rows.map((r) => [r.weekday, r.start, r.end, r.typeIds])).toEqual(
      [1, 2, 3, 4, 5].flatMap((d) => [
        [d, '08:00', '11:30', ['fysio']],
        [d, '12:00', '16:00', ['fysio', 'kort']],
      ]),
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.slice(0, 2).map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('replaces what a target day had, keeps the other days, and ignores the source as a target', () => {
    const rows = copyDay(
      [...monday, w(3, '10:00', '14:00', ['kort'], 'c'), w(6, '09:00', '12:00', [], 'd')],
      1,
      [1, 3],
      key,
    );
    expect(rows.map((r) => [r.weekday, r.start])).toEqual([
      [1, '08:00'],
      [1, '12:00'],
      [3, '08:00'],
      [3, '12:00'],
      [6, '09:00'],
    ]);
  });

  it('copying an empty day empties the targets', () => {
    expect(copyDay(monday, 2, [1], key)).toEqual([]);
  });
});
