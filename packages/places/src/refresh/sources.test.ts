import { describe, expect, it } from 'vitest';
import { parseBringRegister, parseGeoNamesPostal, readMapperRegister, registerDateFromReadme } from './sources.js';

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe('parseBringRegister', () => {
  it("reads Bring's Latin-1 file with its municipality numbers and categories", () => {
    const rows = parseBringRegister(
      latin1('0366\tOSLO\t0301\tOSLO\tG\r\n1337\tSANDVIKA\t3201\tBÆRUM\tG\r\n9008\tTROMSØ\t5501\tTROMSØ\tB\r\n'),
    );
    expect(rows).toEqual([
      { code: '0366', place: 'OSLO', municipalityNumber: '0301', municipalityName: 'OSLO', category: 'G' },
      { code: '1337', place: 'SANDVIKA', municipalityNumber: '3201', municipalityName: 'BÆRUM', category: 'G' },
      { code: '9008', place: 'TROMSØ', municipalityNumber: '5501', municipalityName: 'TROMSØ', category: 'B' },
    ]);
  });

  it('refuses a line that is not a register row, naming it', () => {
    expect(() => parseBringRegister(latin1('0366\tOSLO\t0301\tOSLO\tG\r\n366\tOSLO\t0301\tOSLO\tG\r\n'))).toThrow(
      /line 2/,
    );
  });
});

describe('readMapperRegister', () => {
  it('asks the npm package for every four-digit code and keeps those it knows', () => {
    const known: Record<string, { city: string; municipality: string }> = {
      '0366': { city: 'OSLO', municipality: 'OSLO' },
      '9008': { city: 'TROMSØ ', municipality: 'TROMSØ' },
    };
    expect(readMapperRegister((code) => known[code])).toEqual([
      { code: '0366', place: 'OSLO', municipalityNumber: null, municipalityName: 'OSLO', category: null },
      { code: '9008', place: 'TROMSØ', municipalityNumber: null, municipalityName: 'TROMSØ', category: null },
    ]);
  });
});

describe('registerDateFromReadme', () => {
  it('reads the date the package states for its copy of the register', () => {
    expect(
      registerDateFromReadme(
        'generated automatically with data fetched from https://www.bring.no/postnummerregister-ansi.txt (11.04.2024)',
      ),
    ).toBe('2024-04-11');
    expect(registerDateFromReadme('no date here')).toBeNull();
  });
});

describe('parseGeoNamesPostal', () => {
  it('reads a point per postcode', () => {
    const points = parseGeoNamesPostal('NO\t0366\tOslo\tOslo\t12\tOslo\t0301\t\t\t59.9284\t10.7178\t4\n');
    expect(points.get('0366')).toEqual({ lat: 59.9284, lon: 10.7178 });
  });

  it('refuses rows of other countries or without a point', () => {
    expect(() => parseGeoNamesPostal('SE\t11123\tStockholm\t\t\t\t\t\t\t59.3\t18.0\t4\n')).toThrow(/line 1/);
    expect(() => parseGeoNamesPostal('NO\t0366\tOslo\tOslo\t12\tOslo\t0301\t\t\t\t\t\n')).toThrow(/line 1/);
  });
});
