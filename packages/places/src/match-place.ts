// What a place typed into the search means: which postcodes, why, and how sure — for the search's filter (a set of
// postcodes), for suggestions, and for the sentence that tells the agent what was understood.
import { matchPlaceName } from './match-place-name.js';
import { matchPostcode, matchPostcodePrefix } from './match-postcode.js';
import { fold } from './normalize.js';
import type { PlaceIndex, PlaceKind } from './place-index.js';
import { postcodeRanges, type PostcodeRange } from './postcode-ranges.js';

/**
 * Why a candidate matched, strongest first: the postcode itself, a postcode next to it, the nearest existing ones to
 * a postcode that does not exist, every postcode with these first digits; a name exactly, a whole word of a name
 * («Rana» in «Mo i Rana»), the start of a name («Osl»), a name with a typo («Tromsa»).
 */
export type MatchReason = 'postcode' | 'nearby' | 'nearest' | 'digits' | 'exact' | 'word' | 'prefix' | 'typo';

export interface PlaceCandidate {
  kind: 'postcode' | 'postcode-prefix' | PlaceKind;
  /** «0366», «03», «Bærum». */
  label: string;
  /** The poststed of a postcode, the county of a municipality, the municipalities of a poststed. */
  qualifier: string | null;
  reason: MatchReason;
  /** Letters changed, for `typo`. */
  edits: number;
  /** 0–1, higher is surer; candidates come sorted by it. */
  score: number;
  postcodes: readonly string[];
}

export type PlaceProblem =
  /** Nothing to search for. */
  | 'EMPTY'
  /** One letter: too little to mean a place. */
  | 'TOO_SHORT'
  /** Five or more digits: not a postcode (and possibly a national id, which is never echoed). */
  | 'NOT_A_POSTCODE'
  /** Four digits the register does not have; the nearest existing postcodes are given instead. */
  | 'UNKNOWN_POSTCODE'
  | 'NOT_FOUND';

export interface PlaceMatch {
  /** The search's filter: every postcode of the best candidates, sorted. Empty when nothing matched. */
  postcodes: string[];
  /** The candidates the filter is made of (all of the strongest kind of match). */
  best: PlaceCandidate[];
  /** Every candidate, best first, at most `limit`: suggestions and «mente du …». */
  candidates: PlaceCandidate[];
  /** The filter as runs of postcodes, for «Viser treff for 0362–0368 Oslo». */
  ranges: PostcodeRange[];
  problem: PlaceProblem | null;
}

export interface MatchPlaceOptions {
  /** For a postcode: how many existing postcodes on each side, in the same poststed, count as nearby. Default 3. */
  ringSize?: number;
  /** At most this many candidates. Default 10. */
  limit?: number;
}

const TIER: Record<MatchReason, number> = {
  postcode: 0,
  nearby: 0,
  nearest: 0,
  digits: 0,
  exact: 1,
  word: 2,
  prefix: 3,
  typo: 4,
};

export function matchPlace(index: PlaceIndex, query: string, options: MatchPlaceOptions = {}): PlaceMatch {
  const ringSize = options.ringSize ?? 3;
  const limit = options.limit ?? 10;
  // «03 65» typed with a space is one number.
  const text = /^[\d\s]+$/.test(query) ? query.replace(/\s/g, '') : query.trim();
  if (text === '') return result(index, [], limit, 'EMPTY');

  // Five digits or more are no postcode, and may be a national id: nothing of it goes back.
  if (/\d{5}/.test(text)) return result(index, [], limit, 'NOT_A_POSTCODE');
  // A postcode anywhere wins («0365 Oslo», «Storgata 1, 0155 Oslo»); a house number is not a postcode prefix.
  const postcode = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text)?.[1];
  if (postcode) {
    const { candidates, known } = matchPostcode(index.register, postcode, ringSize);
    return result(index, candidates, limit, candidates.length === 0 ? 'NOT_FOUND' : known ? null : 'UNKNOWN_POSTCODE');
  }
  if (/^\d+$/.test(text)) {
    const candidates = matchPostcodePrefix(index.register, text);
    return result(index, candidates, limit, candidates.length === 0 ? 'NOT_FOUND' : null);
  }

  const key = fold(text.replace(/\d+/g, ' '));
  if (key.replace(/ /g, '').length < 2) return result(index, [], limit, key === '' ? 'EMPTY' : 'TOO_SHORT');
  const candidates = matchPlaceName(index, key);
  return result(index, candidates, limit, candidates.length === 0 ? 'NOT_FOUND' : null);
}

const KIND_ORDER: Record<PlaceCandidate['kind'], number> = {
  postcode: 0,
  'postcode-prefix': 0,
  municipality: 1,
  poststed: 2,
  district: 3,
  county: 4,
};

function result(index: PlaceIndex, found: PlaceCandidate[], limit: number, problem: PlaceProblem | null): PlaceMatch {
  // One place can be several names (Oslo the poststed, the municipality and the county hold the same postcodes):
  // keep the strongest, and of equals the municipality.
  const sorted = [...found].sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.postcodes.length - a.postcodes.length ||
      a.label.localeCompare(b.label, 'nb'),
  );
  const kept = new Map<string, PlaceCandidate[]>();
  const candidates = sorted.filter((c) => {
    if (c.kind === 'postcode') return true;
    const shape = `${c.postcodes.length}:${c.postcodes[0]}:${c.postcodes[c.postcodes.length - 1]}`;
    const same = kept.get(shape) ?? [];
    if (same.some((k) => k.postcodes.every((code, i) => code === c.postcodes[i]))) return false;
    kept.set(shape, [...same, c]);
    return true;
  });
  const tier = Math.min(...candidates.map((c) => TIER[c.reason]));
  // A typo is a guess: only the likeliest guesses make the filter, not every name one letter away.
  const top = candidates[0]?.score ?? 0;
  const best = candidates.filter((c) => TIER[c.reason] === tier && (c.reason !== 'typo' || c.score >= top - 1e-9));
  const postcodes = [...new Set(best.flatMap((c) => c.postcodes))].sort();
  return {
    postcodes,
    best,
    candidates: candidates.slice(0, limit),
    ranges: postcodeRanges(index.register, postcodes),
    problem,
  };
}
