// Regions for figures by area (issue 16): postcode → municipality → county, and the lists to group by.
import type { PlaceRegister } from './place-register.js';

export interface Region {
  postcode: string;
  place: string;
  municipality: { number: string | null; name: string };
  /** Null for Svalbard and Jan Mayen, which belong to no county. */
  county: { number: string; name: string } | null;
}

export function regionOfPostcode(register: PlaceRegister, code: string): Region | null {
  const p = register.postcode(code);
  if (!p) return null;
  const { municipality: m } = p;
  return {
    postcode: p.code,
    place: p.place,
    municipality: { number: m.number, name: m.name },
    county: m.county ? { number: m.county.number, name: m.county.name } : null,
  };
}

export interface CountySummary {
  number: string;
  name: string;
  municipalities: number;
  postcodes: number;
}

export function listCounties(register: PlaceRegister): CountySummary[] {
  return register.counties.map((c) => {
    const municipalities = register.municipalitiesOf(c.number);
    return {
      number: c.number,
      name: c.name,
      municipalities: municipalities.length,
      postcodes: municipalities.reduce((n, m) => n + m.postcodes.length, 0),
    };
  });
}

export interface MunicipalitySummary {
  number: string | null;
  name: string;
  county: { number: string; name: string } | null;
  postcodes: number;
}

/** Every municipality (or those of one county), by number; Svalbard last. */
export function listMunicipalities(register: PlaceRegister, countyNumber?: string): MunicipalitySummary[] {
  const list = countyNumber ? register.municipalitiesOf(countyNumber) : register.municipalities;
  return list.map((m) => ({
    number: m.number,
    name: m.name,
    county: m.county ? { number: m.county.number, name: m.county.name } : null,
    postcodes: m.postcodes.length,
  }));
}
