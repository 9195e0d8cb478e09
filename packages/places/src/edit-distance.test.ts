import { describe, expect, it } from 'vitest';
import { editDistance, typoBudget } from './edit-distance.js';

describe('editDistance', () => {
  it('counts single-letter edits, a swap of neighbours as one', () => {
    expect(editDistance('tromso', 'tromso', 2)).toBe(0);
    expect(editDistance('tromsa', 'tromso', 2)).toBe(1); // replaced
    expect(editDistance('trmso', 'tromso', 2)).toBe(1); // dropped
    expect(editDistance('tormso', 'tromso', 2)).toBe(1); // swapped
    expect(editDistance('trondhjem', 'trondheim', 2)).toBe(2);
  });

  it('stops at the bound', () => {
    expect(editDistance('oslo', 'bergen', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typoBudget', () => {
  it('allows more typos in longer names', () => {
    expect([3, 4, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
  });
});
