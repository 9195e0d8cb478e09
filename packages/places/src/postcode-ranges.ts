// A set of postcodes said briefly, for «Viser treff for 0362–0368 Oslo»: runs of postcodes that follow each other
// in the register within one poststed.
import type { PlaceRegister } from './place-register.js';

export interface PostcodeRange {
  from: string;
  to: string;
  place: string;
  /** How many of the register's postcodes the range holds. */
  count: number;
}

export function postcodeRanges(register: PlaceRegister, codes: Iterable<string>): PostcodeRange[] {
  const wanted = new Set(codes);
  const ranges: PostcodeRange[] = [];
  let current: PostcodeRange | null = null;
  for (const code of register.codes) {
    const p = register.postcode(code)!;
    if (wanted.has(code) && current && current.place === p.place) {
      current.to = code;
      current.count++;
      continue;
    }
    if (current) ranges.push(current);
    current = wanted.has(code) ? { from: code, to: code, place: p.place, count: 1 } : null;
  }
  if (current) ranges.push(current);
  return ranges;
}
