import { describe, expect, it } from 'vitest';
import { joinMunicipalities } from './join-municipalities.js';

const admin1 = [
  { code: 'NO.12', name: 'Oslo' },
  { code: 'SJ.21', name: 'Svalbard' },
  { code: 'SJ.22', name: 'Jan Mayen' },
];
const admin2 = [
  { code: 'NO.12.0301', name: 'Oslo' },
  { code: 'NO.09.1818', name: 'Herøy' },
  { code: 'NO.08.1515', name: 'Herøy' },
  { code: 'NO.05.5610', name: 'Karasjok' },
  { code: 'NO.21.5041', name: 'Snåase - Snåsa' },
  { code: 'NO.05.5634', name: 'Vardø kommune' },
  { code: 'SJ.21.2111', name: 'Spitsbergen' },
  { code: 'SJ.22.2211', name: 'Jan Mayen' },
];

describe('joinMunicipalities', () => {
  it('numbers each municipality of the register by its GeoNames match', () => {
    const joined = joinMunicipalities(
      ['OSLO', 'HERØY (NORDLAND)', 'HERØY (MØRE OG ROMSDAL)', 'KARASJOHKA KARASJOK', 'SNÅSA', 'VARDØ'],
      admin1,
      admin2,
    );
    expect(Object.fromEntries([...joined].map(([k, v]) => [k, `${v.number} ${v.name}`]))).toEqual({
      OSLO: '0301 Oslo',
      'HERØY (NORDLAND)': '1818 Herøy',
      'HERØY (MØRE OG ROMSDAL)': '1515 Herøy',
      'KARASJOHKA KARASJOK': '5610 Karasjok',
      SNÅSA: '5041 Snåase - Snåsa',
      VARDØ: '5634 Vardø',
    });
  });

  it('places Svalbard and Jan Mayen as territories, numbered only where GeoNames has one number', () => {
    const joined = joinMunicipalities(['SVALBARD', 'JAN MAYEN'], admin1, admin2);
    expect(joined.get('SVALBARD')).toMatchObject({ number: null, name: 'Svalbard', country: 'SJ' });
    expect(joined.get('JAN MAYEN')).toMatchObject({ number: '2211', name: 'Jan Mayen', country: 'SJ' });
  });

  it('fails on a name that matches nothing or more than one, listing each', () => {
    expect(() => joinMunicipalities(['HERØY', 'ATLANTIS'], admin1, admin2)).toThrow(
      /HERØY: 1818 Herøy, 1515 Herøy[\s\S]*ATLANTIS: no municipality/,
    );
  });
});
