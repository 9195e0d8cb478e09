import { describe, expect, it } from 'vitest';
import { matchPlace, type PlaceMatch } from './match-place.js';
import { createPlaceIndex } from './place-index.js';
import { loadPlaceIndex, loadPlaceRegister } from './register.js';

const index = await loadPlaceIndex();
const match = (q: string) => matchPlace(index, q);
const municipalitiesOf = (m: PlaceMatch) =>
  new Set(m.postcodes.map((c) => index.register.postcode(c)!.municipality.name));
const oslo = index.register.municipality('0301')!.postcodes;

describe('matchPlace: postcodes', () => {
  it("finds the clinic at 0366 from the patient's 0365: the postcode and its neighbours in the same poststed", () => {
    const m = match('0365');
    expect(m.problem).toBeNull();
    expect(m.postcodes).toContain('0365');
    expect(m.postcodes).toContain('0366');
    expect(m.candidates[0]).toMatchObject({
      kind: 'postcode',
      label: '0365',
      qualifier: 'Oslo',
      reason: 'postcode',
      score: 1,
    });
    expect(m.ranges).toEqual([{ from: '0362', to: '0368', place: 'Oslo', count: 7 }]);
    expect(match(' 0365 Oslo ').postcodes).toEqual(m.postcodes);
    expect(match('Kirkeveien 64, 0365 Oslo').postcodes).toEqual(m.postcodes);
    expect(match('03 65').postcodes).toEqual(m.postcodes);
  });

  it('reads a house number as part of an address, not as the first digits of postcodes', () => {
    expect(municipalitiesOf(match('Sandvika 12'))).toEqual(new Set(['Bærum']));
  });

  it("does not reach across into another poststed for a postcode's neighbours", () => {
    const m = match('1337');
    expect(m.postcodes).toContain('1337');
    expect(m.postcodes.every((c) => index.register.postcode(c)!.place === 'Sandvika')).toBe(true);
  });

  it('gives every postcode of a prefix', () => {
    const m = match('03');
    expect(m.problem).toBeNull();
    expect(m.postcodes.length).toBeGreaterThan(20);
    expect(m.postcodes.every((c) => c.startsWith('03'))).toBe(true);
    expect(m.postcodes).toEqual(index.register.codes.filter((c) => c.startsWith('03')));
    expect(m.ranges.map((r) => r.place)).toEqual(['Oslo']);
    expect(match('036').postcodes).toContain('0366');
  });

  it('offers the nearest existing postcodes for one the register does not have', () => {
    // The first number between Oslo's postcodes that is not one.
    const missing = Array.from({ length: 100 }, (_, i) => `03${String(i).padStart(2, '0')}`).find(
      (c) => c > '0301' && !index.register.postcode(c),
    )!;
    const m = match(missing);
    expect(m.problem).toBe('UNKNOWN_POSTCODE');
    expect(m.postcodes.length).toBeGreaterThan(0);
    expect(m.postcodes.every((c) => c.startsWith(missing.slice(0, 2)))).toBe(true);
    expect(m.candidates.every((c) => c.reason === 'nearest')).toBe(true);
  });

  it('refuses what cannot be a postcode, without echoing it', () => {
    const m = match('01019012345');
    expect(m).toMatchObject({ problem: 'NOT_A_POSTCODE', postcodes: [], candidates: [] });
    expect(JSON.stringify(m)).not.toContain('01019012345');
    expect(match('').problem).toBe('EMPTY');
    expect(match('  ').problem).toBe('EMPTY');
    expect(match('x').problem).toBe('TOO_SHORT');
  });
});

describe('matchPlace: names', () => {
  it('finds a city however it is cased or spelt without æ, ø, å', () => {
    for (const q of ['Tromsø', 'Tromso', 'TROMSØ', 'tromsoe']) {
      const m = match(q);
      expect(m.best[0]).toMatchObject({ kind: 'municipality', label: 'Tromsø', reason: 'exact' });
      expect(m.postcodes).toContain('9008');
    }
    for (const q of ['Bærum', 'Baerum', 'Barum']) expect(municipalitiesOf(match(q))).toEqual(new Set(['Bærum']));
    for (const q of ['Ålesund', 'Aalesund']) expect(match(q).postcodes).toContain('6002');
  });

  it('takes the start of a name while it is typed', () => {
    const m = match('Osl');
    expect(m.best.map((c) => c.reason)).toEqual(['prefix']);
    expect(m.postcodes).toContain('0366');
    expect(municipalitiesOf(m)).toEqual(new Set(['Oslo']));
  });

  it('forgives a small typo, more in a longer name, and says it guessed', () => {
    expect(match('Tromsa').best[0]).toMatchObject({ label: 'Tromsø', reason: 'typo', edits: 1 });
    expect(municipalitiesOf(match('Tromsa'))).toEqual(new Set(['Tromsø']));
    expect(match('Bergn').best[0]).toMatchObject({ label: 'Bergen', reason: 'typo' });
    expect(match('Trondhjem').best[0]).toMatchObject({ label: 'Trondheim', reason: 'typo', edits: 2 });
    // Three letters allow no typo: «Ål» and «Ås» are different places.
    expect(match('Åsx').best.every((c) => c.reason !== 'typo' || c.label.length > 3)).toBe(true);
  });

  it('matches a municipality, with every poststed in it, and a municipality inside a longer poststed name', () => {
    const bergen = match('Bergen');
    expect(bergen.best.map((c) => c.kind).sort()).toEqual(['municipality', 'poststed']);
    expect(bergen.postcodes).toEqual([...index.register.municipality('4601')!.postcodes]);
    const rana = match('Rana');
    expect(rana.best[0]).toMatchObject({ kind: 'municipality', label: 'Rana', reason: 'exact' });
    expect(rana.candidates.find((c) => c.label === 'Mo i Rana')).toMatchObject({ reason: 'word' });
  });

  it('gives both places of an ambiguous name, and one when its county is named', () => {
    const heroy = match('Herøy');
    expect(
      heroy.best
        .filter((c) => c.kind === 'municipality')
        .map((c) => c.qualifier)
        .sort(),
    ).toEqual(['Møre og Romsdal', 'Nordland']);
    expect(municipalitiesOf(match('Herøy Nordland'))).toEqual(new Set(['Herøy']));
    expect(
      match('Herøy Nordland').postcodes.every((c) => index.register.postcode(c)!.municipality.number === '1818'),
    ).toBe(true);
  });

  it('matches a county by its name, before places that start like it', () => {
    const troms = match('Troms');
    expect(troms.best).toHaveLength(1);
    expect(troms.best[0]).toMatchObject({ kind: 'county', label: 'Troms', reason: 'exact' });
    expect(troms.postcodes).toContain('9008');
    expect(match('Akershus').postcodes).toContain('1337');
    expect(match('Romsa').best[0]).toMatchObject({ kind: 'county', label: 'Troms' });
  });

  it('matches a Sami municipality by either of its names', () => {
    expect(match('Karasjok').best[0]).toMatchObject({ kind: 'municipality', label: 'Karasjok' });
    expect(match('Kárášjohka').best[0]).toMatchObject({ kind: 'municipality', label: 'Karasjok' });
  });

  it('keeps one candidate for names that hold the same postcodes (Oslo the poststed, municipality, county)', () => {
    const m = match('Oslo');
    expect(m.best).toHaveLength(1);
    expect(m.best[0]).toMatchObject({ kind: 'municipality', label: 'Oslo' });
    expect(m.postcodes).toEqual([...oslo]);
  });

  it('finds no district the register does not name, and says so', () => {
    expect(match('Majorstuen')).toMatchObject({ problem: 'NOT_FOUND', postcodes: [] });
  });

  it('finds districts it is given, with their postcodes, forgivingly', async () => {
    const withDistricts = createPlaceIndex(await loadPlaceRegister(), {
      extraNames: [
        { name: 'Majorstuen', postcodes: ['0366'], qualifier: 'Oslo' },
        { name: 'Majorstuen', postcodes: ['0367', '9999'], qualifier: 'Oslo' },
        { name: 'Grünerløkka', postcodes: ['0552'], qualifier: 'Oslo' },
      ],
    });
    const m = matchPlace(withDistricts, 'majorstuen');
    expect(m.best).toEqual([
      expect.objectContaining({ kind: 'district', label: 'Majorstuen', postcodes: ['0366', '0367'] }),
    ]);
    expect(matchPlace(withDistricts, 'Grunerlokka').postcodes).toEqual(['0552']);
    expect(matchPlace(withDistricts, 'Majorstuan').best[0]).toMatchObject({ label: 'Majorstuen', reason: 'typo' });
  });

  it('says when nothing matches', () => {
    expect(match('Qwxyzvik')).toMatchObject({ problem: 'NOT_FOUND', postcodes: [], best: [], candidates: [] });
  });

  it('ranks suggestions best first and keeps to the limit', () => {
    const m = matchPlace(index, 'San', { limit: 5 });
    expect(m.candidates).toHaveLength(5);
    const scores = m.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(m.postcodes.length).toBeGreaterThan(m.candidates.reduce((n, c) => n + c.postcodes.length, 0) - 1);
  });
});
