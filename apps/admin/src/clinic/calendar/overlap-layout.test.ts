import { describe, expect, it } from 'vitest';
import { layoutOverlaps } from './overlap-layout.js';

type Item = { id: string; start: number; end: number };
const lay = (items: Item[]) =>
  Object.fromEntries(layoutOverlaps(items, (i) => i).map((p) => [p.item.id, [p.lane, p.lanes]]));

describe('layoutOverlaps', () => {
  it('gives items that do not overlap the full width, also when they touch', () => {
    expect(
      lay([
        { id: 'a', start: 0, end: 30 },
        { id: 'b', start: 30, end: 60 },
        { id: 'c', start: 90, end: 120 },
      ]),
    ).toEqual({ a: [0, 1], b: [0, 1], c: [0, 1] });
  });

  it('puts two overlapping items side by side', () => {
    expect(
      lay([
        { id: 'b', start: 15, end: 45 },
        { id: 'a', start: 0, end: 30 },
      ]),
    ).toEqual({ a: [0, 2], b: [1, 2] });
  });

  it('reuses a lane that has become free, and counts lanes per group of overlapping items', () => {
    // a overlaps b and c; b and c do not overlap each other, so c takes b's lane; d stands alone.
    expect(
      lay([
        { id: 'a', start: 0, end: 60 },
        { id: 'b', start: 0, end: 30 },
        { id: 'c', start: 30, end: 60 },
        { id: 'd', start: 60, end: 90 },
      ]),
    ).toEqual({ a: [0, 2], b: [1, 2], c: [1, 2], d: [0, 1] });
  });

  it('chains overlaps: a group lasts as long as one of its items does', () => {
    expect(
      lay([
        { id: 'a', start: 0, end: 40 },
        { id: 'b', start: 30, end: 70 },
        { id: 'c', start: 60, end: 100 },
        { id: 'd', start: 65, end: 80 },
      ]),
    ).toEqual({ a: [0, 3], b: [1, 3], c: [0, 3], d: [2, 3] });
  });

  it('treats a zero-length item as one unit long, and returns an empty list for no items', () => {
    expect(
      lay([
        { id: 'a', start: 10, end: 10 },
        { id: 'b', start: 10, end: 20 },
      ]),
    ).toEqual({ b: [0, 2], a: [1, 2] });
    expect(layoutOverlaps([], (i: Item) => i)).toEqual([]);
  });
});
