import { describe, expect, it } from 'vitest';
import { defaultSearch, rangeIsValid, readSearchParams, toNetworkInput, toUrlParams } from './search-params.js';

const today = '2026-11-26';

describe('the search in the address bar', () => {
  it('defaults to today and the next 14 days, with nothing in the address', () => {
    expect(readSearchParams(new URLSearchParams(), today)).toEqual({ tariff: '', profession: '', place: '', name: '', from: today, to: '2026-12-10' });
    expect(toUrlParams(defaultSearch(today), today).toString()).toBe('');
  });

  it('round-trips every field, and keeps only what differs from the defaults', () => {
    const search = { tariff: 'B1010', profession: 'chiropractor' as const, place: 'Bergen', name: 'Kari', from: '2026-12-01', to: '2026-12-10' };
    const params = toUrlParams(search, today);
    expect(params.toString()).toBe('takst=B1010&yrke=chiropractor&sted=Bergen&navn=Kari&fra=2026-12-01');
    expect(readSearchParams(params, today)).toEqual(search);
  });

  it('ignores what it does not understand instead of failing', () => {
    const read = readSearchParams(new URLSearchParams('yrke=astronaut&fra=igår&til=2026-13-45'), today);
    expect(read).toMatchObject({ profession: '', from: today, to: '2026-12-10' });
  });

  it('refuses a range that ends before it starts, and sends the rest to search.network', () => {
    expect(rangeIsValid({ ...defaultSearch(today), from: '2026-12-02', to: '2026-12-01' })).toBe(false);
    expect(toNetworkInput({ ...defaultSearch(today), place: '0366' })).toEqual({
      tariffCode: undefined, profession: undefined, place: '0366', practitionerName: undefined, from: today, to: '2026-12-10', limit: 30,
    });
  });
});
