// The postcode register in memory: postcode → poststed → municipality → county, with a point for distances.
import { COUNTIES, countyOfMunicipalityNumber, type County } from './counties.js';
import type { RegisterData } from './register-data.js';

export interface GeoPoint {
  lat: number;
  lon: number;
}

/**
 * How exact a postcode's point is: `postcode` (its own point), `place` (its poststed's), `municipality` (the
 * municipality's main place), `none` (no source has one). Distances between points of the same poststed or
 * municipality are then 0 although the addresses are not.
 */
export type PointPrecision = 'postcode' | 'place' | 'municipality' | 'none';

export interface Municipality {
  key: string;
  /** Four digits, e.g. «3201»; null for Svalbard, which the sources give no number. */
  number: string | null;
  name: string;
  otherNames: readonly string[];
  /** Null for Svalbard and Jan Mayen. */
  county: County | null;
  point: GeoPoint | null;
  /** Sorted. */
  postcodes: readonly string[];
}

export interface Postcode {
  code: string;
  /** The poststed as people write it, e.g. «Sandvika». */
  place: string;
  municipality: Municipality;
  point: GeoPoint | null;
  precision: PointPrecision;
}

export interface PlaceRegister {
  about: RegisterData['about'];
  /** Every postcode, sorted. */
  codes: readonly string[];
  postcode(code: string): Postcode | undefined;
  municipalities: readonly Municipality[];
  /** By municipality number (or key, for Svalbard). */
  municipality(numberOrKey: string): Municipality | undefined;
  counties: readonly County[];
  /** The municipalities of a county, by county number. */
  municipalitiesOf(countyNumber: string): readonly Municipality[];
}

export function createPlaceRegister(data: RegisterData): PlaceRegister {
  const municipalityPostcodes = new Map<string, string[]>();
  const municipalities = new Map<string, Municipality>();
  for (const row of data.municipalities) {
    const postcodes: string[] = [];
    municipalityPostcodes.set(row.key, postcodes);
    municipalities.set(row.key, {
      key: row.key,
      number: row.number,
      name: row.name,
      otherNames: row.names,
      county: row.number ? countyOfMunicipalityNumber(row.number) : null,
      point: row.lat != null && row.lon != null ? { lat: row.lat, lon: row.lon } : null,
      postcodes,
    });
  }

  const postcodes = new Map<string, Postcode>();
  for (const row of data.postcodes) {
    const [code, place, key] = row;
    const municipality = municipalities.get(key);
    if (!municipality) throw new Error(`Postcode ${code} names municipality ${key}, which the register does not list`);
    municipalityPostcodes.get(key)!.push(code);
    const own =
      row.length === 6
        ? ({ point: { lat: row[3], lon: row[4] }, precision: row[5] === 'p' ? 'postcode' : 'place' } as const)
        : null;
    postcodes.set(code, {
      code,
      place,
      municipality,
      point: own?.point ?? municipality.point,
      precision: own?.precision ?? (municipality.point ? 'municipality' : 'none'),
    });
  }
  for (const list of municipalityPostcodes.values()) list.sort();

  const codes = [...postcodes.keys()].sort();
  const byCounty = new Map<string, Municipality[]>();
  const sortedMunicipalities = [...municipalities.values()].sort((a, b) =>
    (a.number ?? a.key).localeCompare(b.number ?? b.key),
  );
  for (const m of sortedMunicipalities) {
    if (!m.county) continue;
    const list = byCounty.get(m.county.number) ?? [];
    list.push(m);
    byCounty.set(m.county.number, list);
  }

  return {
    about: data.about,
    codes,
    postcode: (code) => postcodes.get(code),
    municipalities: sortedMunicipalities,
    municipality: (numberOrKey) => municipalities.get(numberOrKey),
    counties: COUNTIES,
    municipalitiesOf: (countyNumber) => byCounty.get(countyNumber) ?? [],
  };
}
