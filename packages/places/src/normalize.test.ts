import { describe, expect, it } from 'vitest';
import { fold, foldWords, titleCase } from './normalize.js';

describe('fold', () => {
  it('makes case and the Norwegian letters no matter', () => {
    expect(new Set(['Tromsø', 'Tromso', 'TROMSØ', 'tromsoe'].map(fold))).toEqual(new Set(['tromso']));
    expect(new Set(['Bærum', 'Baerum', 'Barum', 'BÆRUM'].map(fold))).toEqual(new Set(['barum']));
    expect(new Set(['Ålesund', 'Aalesund', 'alesund'].map(fold))).toEqual(new Set(['alesund']));
  });

  it('drops other marks and keeps the words apart', () => {
    expect(fold('Grünerløkka')).toBe(fold('Grunerlokka'));
    expect(fold('Kárášjohka')).toBe('karasjohka');
    expect(fold('  Mo  i  Rana ')).toBe('mo i rana');
    expect(fold('Sør-Fron')).toBe('sor fron');
    expect(foldWords('Nordmann, Kari')).toEqual(['nordmann', 'kari']);
    expect(foldWords(' - ')).toEqual([]);
  });
});

describe('titleCase', () => {
  it('writes register names as people write them', () => {
    expect(titleCase('MO I RANA')).toBe('Mo i Rana');
    expect(titleCase('SØR-FRON')).toBe('Sør-Fron');
    expect(titleCase('KRISTIANSAND S')).toBe('Kristiansand S');
    expect(titleCase('OS I ØSTERDALEN')).toBe('Os i Østerdalen');
  });
});
