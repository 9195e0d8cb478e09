import { describe, expect, it } from 'vitest';
import { foldName, foldText, NAME_FOLD, nameWords, resolvePlace, type PlaceCandidate } from './place-match.js';

const departments: PlaceCandidate[] = [
  { name: 'Majorstuen', postcode: '0366', city: 'Oslo' },
  { name: 'Bislett', postcode: '0358', city: 'OSLO' },
  { name: 'Sandvika', postcode: '1337', city: 'Bærum' },
  { name: 'Tromsø sentrum', postcode: '9008', city: 'Tromsø' },
  { name: 'Os sentrum', postcode: '5200', city: 'Os' },
];

describe('resolvePlace', () => {
  it('folds case and the Norwegian letters', () => {
    expect(foldText('  Bærum / TROMSØ  Ålesund ')).toBe('baerum tromso alesund');
  });

  it('a city typed in full with another spelling is that city (the search table’s key)', () => {
    expect(resolvePlace('baerum', departments)).toEqual({ kind: 'city', city: 'bærum' });
    expect(resolvePlace('Tromso', departments)).toEqual({ kind: 'city', city: 'tromsø' });
    expect(resolvePlace('os', departments)).toEqual({ kind: 'city', city: 'os' });
    // «Oslo» and «OSLO» are one key in the search table (lower-cased)
    expect(resolvePlace('Oslo', departments)).toEqual({ kind: 'city', city: 'oslo' });
  });

  it('prefixes, department names and one typo give postcodes', () => {
    expect(resolvePlace('Osl', departments)).toEqual({ kind: 'postcodes', postcodes: ['0358', '0366'] });
    expect(resolvePlace('Olso', departments)).toEqual({ kind: 'postcodes', postcodes: ['0358', '0366'] });
    expect(resolvePlace('majorstuen', departments)).toEqual({ kind: 'postcodes', postcodes: ['0366'] });
    expect(resolvePlace('sentrum', departments)).toEqual({ kind: 'postcodes', postcodes: ['5200', '9008'] });
    expect(resolvePlace('03', departments)).toEqual({ kind: 'postcodes', postcodes: ['0358', '0366'] });
    expect(resolvePlace('Narvik', departments)).toEqual({ kind: 'postcodes', postcodes: [] });
  });

  it('nothing typed is anywhere; names split into words', () => {
    expect(resolvePlace('  ', departments)).toEqual({ kind: 'any' });
    expect(nameWords(' nordmann   kari ')).toEqual(['nordmann', 'kari']);
  });

  it('folds a name word as the database folds the names it is looked for in', () => {
    expect(foldName('SÆTHER')).toBe('saether');
    expect(foldName('Bjørn')).toBe('bjorn');
    expect(foldName('Åse-Hélène_%')).toBe('ase-helene_%');
    // The database's translate() needs one letter for each: upper and lower case of every folded letter.
    expect([...NAME_FOLD.from]).toHaveLength([...NAME_FOLD.to].length);
    expect([...NAME_FOLD.from].map(foldName).join('')).toBe(NAME_FOLD.to);
  });
});
