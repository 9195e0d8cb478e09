import { describe, expect, it } from 'vitest';
import { COUNTIES } from './counties.js';
import { loadPlaceRegister } from './register.js';
import { listCounties, listMunicipalities, regionOfPostcode } from './regions.js';

const register = await loadPlaceRegister();

describe('regionOfPostcode', () => {
  it('gives the poststed, municipality and county of known postcodes (county structure of 2024)', () => {
    expect(regionOfPostcode(register, '0366')).toEqual({
      postcode: '0366',
      place: 'Oslo',
      municipality: { number: '0301', name: 'Oslo' },
      county: { number: '03', name: 'Oslo' },
    });
    expect(regionOfPostcode(register, '9008')).toEqual({
      postcode: '9008',
      place: 'Tromsø',
      municipality: { number: '5501', name: 'Tromsø' },
      county: { number: '55', name: 'Troms' },
    });
    expect(regionOfPostcode(register, '1337')).toEqual({
      postcode: '1337',
      place: 'Sandvika',
      municipality: { number: '3201', name: 'Bærum' },
      county: { number: '32', name: 'Akershus' },
    });
    expect(regionOfPostcode(register, '5003')?.county).toEqual({ number: '46', name: 'Vestland' });
    expect(regionOfPostcode(register, '7030')?.municipality).toEqual({ number: '5001', name: 'Trondheim' });
    expect(regionOfPostcode(register, '1613')).toMatchObject({
      place: 'Fredrikstad',
      county: { number: '31', name: 'Østfold' },
    });
    expect(regionOfPostcode(register, '3001')).toMatchObject({
      place: 'Drammen',
      county: { number: '33', name: 'Buskerud' },
    });
  });

  it('tells apart the two Herøys and the two Vålers by their number and county', () => {
    expect(regionOfPostcode(register, '8850')).toMatchObject({
      municipality: { number: '1818', name: 'Herøy' },
      county: { name: 'Nordland' },
    });
    expect(regionOfPostcode(register, '6090')).toMatchObject({
      municipality: { number: '1515', name: 'Herøy' },
      county: { name: 'Møre og Romsdal' },
    });
    expect(regionOfPostcode(register, '1592')).toMatchObject({
      municipality: { name: 'Våler' },
      county: { name: 'Østfold' },
    });
    expect(regionOfPostcode(register, '2436')).toMatchObject({
      municipality: { name: 'Våler' },
      county: { name: 'Innlandet' },
    });
  });

  it('puts Svalbard in no county, and knows no postcode that does not exist', () => {
    expect(regionOfPostcode(register, '9170')).toMatchObject({
      place: 'Longyearbyen',
      municipality: { name: 'Svalbard' },
      county: null,
    });
    expect(regionOfPostcode(register, '0000')).toBeNull();
    expect(regionOfPostcode(register, 'abcd')).toBeNull();
  });
});

describe('the register', () => {
  it('holds every postcode once, each in a municipality, and every municipality but the territories in a county', () => {
    expect(register.codes.length).toBeGreaterThan(5000);
    expect(new Set(register.codes).size).toBe(register.codes.length);
    expect(register.codes.every((c) => /^\d{4}$/.test(c))).toBe(true);
    const outside = register.municipalities.filter((m) => !m.county).map((m) => m.name);
    expect(outside.sort()).toEqual(['Jan Mayen', 'Svalbard']);
    expect(register.municipalities.filter((m) => m.county)).toHaveLength(357);
    expect(register.municipalities.every((m) => m.postcodes.length > 0 && m.point !== null)).toBe(true);
  });

  it('lists the 15 counties with their municipalities, and each county its own', () => {
    const counties = listCounties(register);
    expect(counties.map((c) => c.name)).toEqual(COUNTIES.map((c) => c.name));
    expect(counties.reduce((n, c) => n + c.municipalities, 0)).toBe(357);
    expect(counties.find((c) => c.number === '03')).toMatchObject({ name: 'Oslo', municipalities: 1 });
    const akershus = listMunicipalities(register, '32');
    expect(akershus.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Bærum', 'Asker', 'Lillestrøm', 'Nordre Follo']),
    );
    expect(akershus.every((m) => m.county?.name === 'Akershus' && m.number?.startsWith('32'))).toBe(true);
    expect(listMunicipalities(register)).toHaveLength(359);
  });
});
