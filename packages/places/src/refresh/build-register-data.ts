// Building data/postcodes.json from the sources: the register's rows, each municipality's number and name, and a
// point for every postcode — its own where a source has one, else its poststed's, else its municipality's.
import { countyOfMunicipalityNumber } from '../counties.js';
import { fold, titleCase } from '../normalize.js';
import type { MunicipalityRow, PostcodeRow, RegisterData, SourceNote } from '../register-data.js';
import { joinMunicipalities, type JoinedMunicipality } from './join-municipalities.js';
import type { GeoNamesAdmin, GeoNamesPlace, RegisterRow } from './sources.js';

export interface BuildInput {
  rows: readonly RegisterRow[];
  places: readonly GeoNamesPlace[];
  admin1: readonly GeoNamesAdmin[];
  admin2: readonly GeoNamesAdmin[];
  /** Optional points per postcode (GeoNames' postal file). */
  postcodePoints?: ReadonlyMap<string, { lat: number; lon: number }>;
  registerDate: string | null;
  sources: SourceNote[];
}

export interface BuildReport {
  postcodes: number;
  municipalities: number;
  /** Postcodes by how their point was found. */
  precision: { postcode: number; place: number; municipality: number; none: number };
  /** Municipalities GeoNames lists that no postcode belongs to. */
  municipalitiesWithoutPostcodes: string[];
}

/** Four decimals: about 11 m, finer than any source here. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function buildRegisterData(input: BuildInput): { data: RegisterData; report: BuildReport } {
  const rows = [...input.rows].sort((a, b) => a.code.localeCompare(b.code));
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.code)) throw new Error(`Postcode ${r.code} appears twice in the register`);
    seen.add(r.code);
  }

  const municipalities = resolveMunicipalities(rows, input.admin1, input.admin2);
  for (const m of municipalities.values()) {
    if (m.country === 'NO' && m.number && !countyOfMunicipalityNumber(m.number)) {
      throw new Error(
        `Municipality ${m.number} ${m.name} belongs to no county in src/counties.ts: update the county list`,
      );
    }
  }

  const placesOf = (m: JoinedMunicipality) =>
    input.places.filter(
      (p) => p.country === m.country && (m.country === 'NO' ? p.admin2 === m.number : p.admin1 === m.admin1),
    );

  // Poststed → place, within the postcode's municipality; the spelling of the first match is kept for every row.
  const spelling = new Map<string, string>();
  const placePoint = new Map<string, { lat: number; lon: number }>();
  const postcodesAtPlace = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = municipalities.get(keyOf(r))!;
    const hit = placesOf(m).find((p) => fold(p.name) === fold(r.place));
    if (!hit) continue;
    if (!spelling.has(r.place)) spelling.set(r.place, hit.name);
    placePoint.set(r.code, { lat: hit.lat, lon: hit.lon });
    const counts = postcodesAtPlace.get(keyOf(r)) ?? new Map<string, number>();
    counts.set(hit.name, (counts.get(hit.name) ?? 0) + 1);
    postcodesAtPlace.set(keyOf(r), counts);
  }

  const municipalityRows: MunicipalityRow[] = [];
  const municipalityPoint = new Map<string, { lat: number; lon: number } | null>();
  for (const [key, m] of municipalities) {
    const point = mainPlace(m, placesOf(m), postcodesAtPlace.get(key));
    municipalityPoint.set(key, point);
    municipalityRows.push({
      key: m.number ?? m.registerName,
      number: m.number,
      name: m.name,
      lat: point ? round(point.lat) : null,
      lon: point ? round(point.lon) : null,
      // The register's spelling where it says more than GeoNames' («KARASJOHKA KARASJOK», «HERØY (NORDLAND)»).
      names: fold(m.registerName) === fold(m.name) ? [] : [m.registerName],
    });
  }

  municipalityRows.sort((a, b) => a.key.localeCompare(b.key));

  const precision = { postcode: 0, place: 0, municipality: 0, none: 0 };
  const postcodeRows: PostcodeRow[] = rows.map((r) => {
    const m = municipalities.get(keyOf(r))!;
    const key = m.number ?? m.registerName;
    const place = spelling.get(r.place) ?? titleCase(r.place);
    const own = input.postcodePoints?.get(r.code);
    if (own) {
      precision.postcode++;
      return [r.code, place, key, round(own.lat), round(own.lon), 'p'];
    }
    const at = placePoint.get(r.code);
    const base = municipalityPoint.get(keyOf(r));
    if (at && !(base && round(base.lat) === round(at.lat) && round(base.lon) === round(at.lon))) {
      precision.place++;
      return [r.code, place, key, round(at.lat), round(at.lon), 'l'];
    }
    if (base) precision.municipality++;
    else precision.none++;
    return [r.code, place, key];
  });

  const used = new Set([...municipalities.values()].map((m) => m.number));
  const municipalitiesWithoutPostcodes = input.admin2
    .filter((a) => a.code.startsWith('NO.') && !used.has(a.code.split('.')[2]!))
    .map((a) => `${a.code.split('.')[2]} ${a.name}`);

  return {
    data: {
      about: { registerDate: input.registerDate, sources: input.sources },
      municipalities: municipalityRows,
      postcodes: postcodeRows,
    },
    report: {
      postcodes: postcodeRows.length,
      municipalities: municipalityRows.length,
      precision,
      municipalitiesWithoutPostcodes,
    },
  };
}

const keyOf = (r: RegisterRow) => r.municipalityNumber ?? r.municipalityName;

/** Bring's own file carries municipality numbers; the npm copy only names, which are joined to GeoNames'. */
function resolveMunicipalities(
  rows: readonly RegisterRow[],
  admin1: readonly GeoNamesAdmin[],
  admin2: readonly GeoNamesAdmin[],
): Map<string, JoinedMunicipality> {
  const result = new Map<string, JoinedMunicipality>();
  const unnumbered = [...new Set(rows.filter((r) => !r.municipalityNumber).map((r) => r.municipalityName))];
  for (const [name, j] of joinMunicipalities(unnumbered, admin1, admin2)) result.set(name, j);
  for (const r of rows) {
    const number = r.municipalityNumber;
    if (!number || result.has(number)) continue;
    const geo = admin2.find((a) => a.code.endsWith(`.${number}`));
    const [country, county] = geo ? geo.code.split('.') : ['NO', ''];
    result.set(number, {
      registerName: r.municipalityName,
      number,
      name: geo ? geo.name.replace(/\s+kommune$/i, '') : titleCase(r.municipalityName),
      country: country === 'SJ' ? 'SJ' : 'NO',
      admin1: county ?? '',
    });
  }
  return result;
}

/**
 * A municipality's point: its place of the same name, else the place most of its postcodes were found at (Sandvika
 * for Bærum), else the place nearest the middle of its places.
 */
function mainPlace(
  m: JoinedMunicipality,
  places: readonly GeoNamesPlace[],
  counts: ReadonlyMap<string, number> | undefined,
): { lat: number; lon: number } | null {
  if (places.length === 0) return null;
  const named = places.find((p) => fold(p.name) === fold(m.name) || fold(p.name) === fold(m.registerName));
  if (named) return named;
  if (counts && counts.size > 0) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const p = places.find((x) => x.name === best![0]);
    if (p) return p;
  }
  const lat = places.reduce((s, p) => s + p.lat, 0) / places.length;
  const lon = places.reduce((s, p) => s + p.lon, 0) / places.length;
  return [...places].sort((a, b) => Math.hypot(a.lat - lat, a.lon - lon) - Math.hypot(b.lat - lat, b.lon - lon))[0]!;
}
