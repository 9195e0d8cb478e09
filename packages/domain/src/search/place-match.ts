// The agent's place search forgives: a postcode prefix («03»), the start of a city or of a department's name («Osl»,
// «Majorstuen»), any case and diacritics («Tromso» for Tromsø, «Baerum» for Bærum) and one typo in a longer name
// («Olso»). It resolves what the agent typed against the network's department addresses into what the slot queries
// filter by: one city (the search table's ordered scan) or a set of postcodes (the offer-first query).

/** A department's name and address, as the place search matches it. */
export interface PlaceCandidate {
  name: string;
  postcode: string;
  city: string;
}

/** What a place resolves to: nothing typed, one city (lower-cased as the search table keys it) or postcodes. */
export type ResolvedPlace =
  { kind: 'any' } | { kind: 'city'; city: string } | { kind: 'postcodes'; postcodes: string[] };

/** Lower case without diacritics, with the Norwegian letters spelled out the way a keyboard without them does. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a and b differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // one substitution, or two neighbours swapped («Olso»)
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The shortest typed word a typo is forgiven in (shorter words would match too much). */
const TYPO_MIN_LENGTH = 4;

/** Whether the folded words of a name start with the folded query (as a whole, or from any word on). */
function nameMatches(name: string, query: string): boolean {
  const folded = foldText(name);
  if (folded.startsWith(query)) return true;
  const words = folded.split(' ');
  if (words.some((_, i) => words.slice(i).join(' ').startsWith(query))) return true;
  return (
    query.length >= TYPO_MIN_LENGTH && (withinOneEdit(folded, query) || words.some((w) => withinOneEdit(w, query)))
  );
}

/**
 * Resolves a typed place against the departments: digits are a postcode prefix; a name that is exactly one city
 * (folded) is that city; otherwise every department whose city or name starts with it (or is one typo from it) gives
 * its postcode. An empty set of postcodes means no department matches.
 */
export function resolvePlace(place: string | undefined, candidates: readonly PlaceCandidate[]): ResolvedPlace {
  const query = foldText(place ?? '');
  if (!query) return { kind: 'any' };
  const postcodes = (list: readonly PlaceCandidate[]): ResolvedPlace => ({
    kind: 'postcodes',
    postcodes: [...new Set(list.map((c) => c.postcode))].sort(),
  });
  if (/^\d+$/.test(query.replace(/ /g, ''))) {
    const digits = query.replace(/ /g, '');
    return postcodes(candidates.filter((c) => c.postcode.startsWith(digits)));
  }
  const exactCities = new Set(candidates.filter((c) => foldText(c.city) === query).map((c) => c.city.toLowerCase()));
  const [onlyCity] = exactCities;
  if (exactCities.size === 1 && onlyCity !== undefined) return { kind: 'city', city: onlyCity };
  return postcodes(candidates.filter((c) => nameMatches(c.city, query) || nameMatches(c.name, query)));
}

/** The words of a person's name as typed, each to be found in the name in any order («nordmann kari»). */
export function nameWords(name: string | undefined): string[] {
  return (name ?? '')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/**
 * The letters a name is matched without, each as a keyboard without it types it (Ø as o, é as e), upper and lower
 * case: a database folds its column with exactly these (`translate`) and the typed words with `foldName`. Æ is two
 * letters («ae»), folded apart.
 */
const FOLDED = 'øåäöüéèêëáàâóòôúùíìïñç';
const FOLDED_AS = 'oaaoueeeeaaaooouuiiinc';
export const NAME_FOLD = { from: FOLDED + FOLDED.toUpperCase(), to: FOLDED_AS + FOLDED_AS };

/** A typed name word in lower case without diacritics, as `NAME_FOLD` folds the names it is looked for in. */
export function foldName(word: string): string {
  return [...word.replace(/[æÆ]/g, 'ae').toLowerCase()]
    .map((c) => NAME_FOLD.to[NAME_FOLD.from.indexOf(c)] ?? c)
    .join('');
}
