// Giving each municipality of the postcode register its number: the npm copy of Bring's register kept only the
// municipality's name, GeoNames has every current municipality with its number. Names are unique but for Herøy and
// Våler, which the register tells apart by county («HERØY (NORDLAND)»), and the Sami municipalities, which the two
// sources spell differently («KARASJOHKA KARASJOK» and «Karasjok»). Anything that does not match exactly once fails.
import { countyOfMunicipalityNumber } from '../counties.js';
import { fold, foldWords } from '../normalize.js';
import type { GeoNamesAdmin } from './sources.js';

export interface JoinedMunicipality {
  /** The register's spelling. */
  registerName: string;
  /** Four digits, or null for a territory GeoNames gives no single number (Svalbard). */
  number: string | null;
  /** GeoNames' spelling, without a trailing «kommune». */
  name: string;
  /** GeoNames country and county code of the match, to find its places. */
  country: 'NO' | 'SJ';
  admin1: string;
}

interface Candidate {
  number: string;
  name: string;
  admin1: string;
}

function cleanName(name: string): string {
  return name.replace(/\s+kommune$/i, '').trim();
}

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  return needles.length > 0 && needles.every((w) => haystack.includes(w));
}

/**
 * Matches each register municipality name to a GeoNames municipality (admin2 of NO) or, failing that, to a
 * territory (admin1 of SJ: Svalbard, Jan Mayen). Throws with every name that matches nothing or more than one.
 */
export function joinMunicipalities(
  registerNames: readonly string[],
  admin1: readonly GeoNamesAdmin[],
  admin2: readonly GeoNamesAdmin[],
): Map<string, JoinedMunicipality> {
  const municipalities: Candidate[] = admin2
    .filter((a) => a.code.startsWith('NO.'))
    .map((a) => {
      const [, county, number] = a.code.split('.');
      return { number: number!, name: cleanName(a.name), admin1: county! };
    });
  const territories = admin1.filter((a) => a.code.startsWith('SJ.'));

  const joined = new Map<string, JoinedMunicipality>();
  const problems: string[] = [];
  for (const registerName of registerNames) {
    const match = matchOne(registerName, municipalities);
    if (match.length === 1) {
      const m = match[0]!;
      joined.set(registerName, { registerName, number: m.number, name: m.name, country: 'NO', admin1: m.admin1 });
      continue;
    }
    if (match.length > 1) {
      problems.push(`${registerName}: ${match.map((m) => `${m.number} ${m.name}`).join(', ')}`);
      continue;
    }
    const territory = territories.filter((t) => fold(t.name) === fold(registerName));
    if (territory.length === 1) {
      const t = territory[0]!;
      const code = t.code.split('.')[1]!;
      const same = admin2.filter((a) => a.code.startsWith(`SJ.${code}.`) && fold(a.name) === fold(registerName));
      joined.set(registerName, {
        registerName,
        number: same.length === 1 ? same[0]!.code.split('.')[2]! : null,
        name: t.name,
        country: 'SJ',
        admin1: code,
      });
      continue;
    }
    problems.push(`${registerName}: no municipality`);
  }

  const byNumber = new Map<string, string[]>();
  for (const j of joined.values())
    if (j.number) byNumber.set(j.number, [...(byNumber.get(j.number) ?? []), j.registerName]);
  for (const [number, names] of byNumber)
    if (names.length > 1) problems.push(`${number} matched by ${names.join(', ')}`);

  if (problems.length > 0)
    throw new Error(`Municipalities that do not match GeoNames exactly once:\n  ${problems.join('\n  ')}`);
  return joined;
}

function matchOne(registerName: string, candidates: readonly Candidate[]): Candidate[] {
  const exact = candidates.filter((c) => fold(c.name) === fold(registerName));
  if (exact.length === 1) return exact;

  // «HERØY (NORDLAND)»: the name, told apart by its county.
  const qualified = /^(.*)\((.*)\)\s*$/.exec(registerName);
  if (qualified) {
    const base = fold(qualified[1]!);
    const county = fold(qualified[2]!);
    return candidates.filter(
      (c) => fold(c.name) === base && fold(countyOfMunicipalityNumber(c.number)?.name ?? '') === county,
    );
  }
  if (exact.length > 1) return exact;

  // «KARASJOHKA KARASJOK» ⊇ «Karasjok»; «SNÅSA» ⊆ «Snåase - Snåsa».
  const words = foldWords(registerName);
  return candidates.filter((c) => {
    const theirs = foldWords(c.name);
    return containsAll(words, theirs) || containsAll(theirs, words);
  });
}
