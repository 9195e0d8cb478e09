import { describe, expect, it } from 'vitest';
import { matchNameInAnyOrder, nameSearchKey, rankByName } from './match-name.js';

describe('matchNameInAnyOrder', () => {
  it('finds a person by their names in any order, case and punctuation', () => {
    expect(matchNameInAnyOrder('nordmann kari', 'Kari Nordmann')).toEqual({ score: 1, exact: true });
    expect(matchNameInAnyOrder('Nordmann, Kari', 'Kari Nordmann')).toEqual({ score: 1, exact: true });
    expect(matchNameInAnyOrder('KARI NORDMANN', 'Kari Nordmann')).toEqual({ score: 1, exact: true });
  });

  it('takes initials, the start of a name and small typos, less surely', () => {
    const initial = matchNameInAnyOrder('k nordmann', 'Kari Nordmann')!;
    const typo = matchNameInAnyOrder('kari nordman', 'Kari Nordmann')!;
    expect(initial.exact).toBe(false);
    expect(typo.exact).toBe(false);
    expect(initial.score).toBeLessThan(1);
    expect(typo.score).toBeLessThan(1);
    expect(matchNameInAnyOrder('Søren Ødegård', 'Soren Odegaard')).toEqual({ score: 1, exact: true });
  });

  it("matches one of a person's names, and a double name written as one", () => {
    expect(matchNameInAnyOrder('nordmann', 'Kari Nordmann')!.score).toBeLessThan(1);
    expect(matchNameInAnyOrder('annelise berg', 'Anne-Lise Berg')).toEqual({ score: 1, exact: true });
    expect(matchNameInAnyOrder('anne lise berg', 'Anne-Lise Berg')).toEqual({ score: 1, exact: true });
  });

  it('needs every typed word to match a different word of the name', () => {
    expect(matchNameInAnyOrder('ola nordmann', 'Kari Nordmann')).toBeNull();
    expect(matchNameInAnyOrder('nordmann nordmann', 'Kari Nordmann')).toBeNull();
    expect(matchNameInAnyOrder('kari nordmann hansen', 'Kari Nordmann')).toBeNull();
    expect(matchNameInAnyOrder('', 'Kari Nordmann')).toBeNull();
  });
});

describe('rankByName', () => {
  it('puts exact matches first and leaves out the rest', () => {
    const people = ['Kari Nordmann', 'Karin Nordmo', 'Ola Nordmann', 'Kari Nordmann-Hansen'];
    const ranked = rankByName('nordmann kari', people, (p) => p).map((r) => r.item);
    expect(ranked[0]).toBe('Kari Nordmann');
    expect(ranked).toContain('Kari Nordmann-Hansen');
    expect(ranked).not.toContain('Ola Nordmann');
  });
});

describe('nameSearchKey', () => {
  it('is the same for a name in any order and spelling', () => {
    expect(nameSearchKey('Kari Nordmann')).toBe(nameSearchKey('NORDMANN, Kari'));
    expect(nameSearchKey('Søren Ødegård')).toBe('odegard soren');
  });
});
