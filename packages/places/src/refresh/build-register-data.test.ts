import { describe, expect, it } from 'vitest';
import { createPlaceRegister } from '../place-register.js';
import type { RegisterData } from '../register-data.js';
import { buildRegisterData, type BuildInput } from './build-register-data.js';
import { formatRegisterData } from './format-register-data.js';

const row = (code: string, place: string, municipalityName: string) => ({
  code,
  place,
  municipalityName,
  municipalityNumber: null,
  category: null,
});
const place = (name: string, lat: number, lon: number, admin2: string) => ({
  name,
  lat,
  lon,
  country: 'NO',
  admin1: 'x',
  admin2,
});

const input: BuildInput = {
  rows: [
    row('1337', 'SANDVIKA', 'BÆRUM'),
    row('1300', 'SANDVIKA', 'BÆRUM'),
    row('1362', 'HOSLE', 'BÆRUM'),
    row('1358', 'JAR', 'BÆRUM'),
    row('0366', 'OSLO', 'OSLO'),
  ],
  places: [
    place('Sandvika', 59.89073, 10.52774, '3201'),
    place('Jar', 59.92, 10.62, '3201'),
    place('Oslo', 59.91273, 10.74609, '0301'),
  ],
  admin1: [],
  admin2: [
    { code: 'NO.01.3201', name: 'Bærum' },
    { code: 'NO.12.0301', name: 'Oslo' },
  ],
  registerDate: '2024-04-11',
  sources: [{ source: 'test', licence: 'test', took: 'test' }],
};

describe('buildRegisterData', () => {
  it('numbers the municipalities, spells places as GeoNames does and gives each postcode the best point there is', () => {
    const { data, report } = buildRegisterData(input);
    expect(data.postcodes).toEqual([
      ['0366', 'Oslo', '0301'],
      ['1300', 'Sandvika', '3201'],
      ['1337', 'Sandvika', '3201'],
      ['1358', 'Jar', '3201', 59.92, 10.62, 'l'],
      ['1362', 'Hosle', '3201'],
    ]);
    // Bærum has no place of its name: its point is where most of its postcodes are, Sandvika.
    expect(data.municipalities).toEqual([
      { key: '0301', number: '0301', name: 'Oslo', lat: 59.9127, lon: 10.7461, names: [] },
      { key: '3201', number: '3201', name: 'Bærum', lat: 59.8907, lon: 10.5277, names: [] },
    ]);
    expect(report).toMatchObject({
      postcodes: 5,
      municipalities: 2,
      precision: { postcode: 0, place: 1, municipality: 4, none: 0 },
    });

    const register = createPlaceRegister(JSON.parse(formatRegisterData(data)) as RegisterData);
    expect(register.postcode('1358')).toMatchObject({ precision: 'place', point: { lat: 59.92, lon: 10.62 } });
    expect(register.postcode('1362')).toMatchObject({
      precision: 'municipality',
      point: { lat: 59.8907, lon: 10.5277 },
    });
    expect(register.postcode('1337')?.municipality.county?.name).toBe('Akershus');
  });

  it('uses a point per postcode where one is given', () => {
    const { data, report } = buildRegisterData({
      ...input,
      postcodePoints: new Map([['1337', { lat: 59.8888, lon: 10.5111 }]]),
    });
    expect(data.postcodes).toContainEqual(['1337', 'Sandvika', '3201', 59.8888, 10.5111, 'p']);
    expect(report.precision.postcode).toBe(1);
  });

  it('fails on a postcode listed twice and on a municipality of a county it does not know', () => {
    expect(() => buildRegisterData({ ...input, rows: [...input.rows, row('0366', 'OSLO', 'OSLO')] })).toThrow(
      /0366 appears twice/,
    );
    expect(() =>
      buildRegisterData({
        ...input,
        admin2: [
          { code: 'NO.01.3201', name: 'Bærum' },
          { code: 'NO.07.0701', name: 'Oslo' },
        ],
      }),
    ).toThrow(/0701 Oslo belongs to no county/);
  });
});
