// Digits typed as a place: a whole postcode (with its neighbours), or the first digits of postcodes.
import type { PlaceCandidate } from './match-place.js';
import type { PlaceRegister } from './place-register.js';

/**
 * «0365»: that postcode, and up to `ringSize` existing postcodes on each side in the same poststed, because an agent
 * typing the patient's postcode wants the clinic round the corner (0366) too. A postcode the register does not have
 * gives the nearest existing ones with the same first two digits.
 */
export function matchPostcode(
  register: PlaceRegister,
  code: string,
  ringSize: number,
): { candidates: PlaceCandidate[]; known: boolean } {
  const codes = register.codes;
  const at = lowerBound(codes, code);
  const exact = codes[at] === code ? register.postcode(code)! : null;

  if (exact) {
    const candidates: PlaceCandidate[] = [postcodeCandidate(register, code, 'postcode', 1)];
    const samePlace = (c: string | undefined) => c !== undefined && register.postcode(c)!.place === exact.place;
    for (let step = 1; step <= ringSize; step++) {
      const score = 0.95 - 0.05 * step;
      if (samePlace(codes[at - step])) candidates.push(postcodeCandidate(register, codes[at - step]!, 'nearby', score));
      else break;
    }
    for (let step = 1; step <= ringSize; step++) {
      const score = 0.95 - 0.05 * step;
      if (samePlace(codes[at + step])) candidates.push(postcodeCandidate(register, codes[at + step]!, 'nearby', score));
      else break;
    }
    return { candidates, known: true };
  }

  // Not in the register: the nearest on each side that share its first two digits (the same area).
  const area = code.slice(0, 2);
  const candidates: PlaceCandidate[] = [];
  for (let step = 0; step < ringSize; step++) {
    const below = codes[at - 1 - step];
    const above = codes[at + step];
    if (below?.startsWith(area)) candidates.push(postcodeCandidate(register, below, 'nearest', 0.8 - 0.05 * step));
    if (above?.startsWith(area)) candidates.push(postcodeCandidate(register, above, 'nearest', 0.8 - 0.05 * step));
  }
  return { candidates, known: false };
}

/** «03»: every postcode that starts with these digits. */
export function matchPostcodePrefix(register: PlaceRegister, digits: string): PlaceCandidate[] {
  const codes = register.codes;
  const postcodes: string[] = [];
  for (let i = lowerBound(codes, digits); i < codes.length && codes[i]!.startsWith(digits); i++)
    postcodes.push(codes[i]!);
  if (postcodes.length === 0) return [];
  const places = [...new Set(postcodes.map((c) => register.postcode(c)!.place))];
  const qualifier = places.length <= 3 ? places.join(', ') : `${places.slice(0, 3).join(', ')} …`;
  return [{ kind: 'postcode-prefix', label: digits, qualifier, reason: 'digits', edits: 0, score: 1, postcodes }];
}

function postcodeCandidate(
  register: PlaceRegister,
  code: string,
  reason: PlaceCandidate['reason'],
  score: number,
): PlaceCandidate {
  const p = register.postcode(code)!;
  return { kind: 'postcode', label: code, qualifier: p.place, reason, edits: 0, score, postcodes: [code] };
}

/** The index of the first code not below `key`, in the sorted list. */
function lowerBound(codes: readonly string[], key: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
