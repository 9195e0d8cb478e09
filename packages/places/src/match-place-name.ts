// A place name typed as it was heard: exact, a word of a longer name, the start of a name, or with a small typo.
import { editDistance, typoBudget } from './edit-distance.js';
import type { PlaceCandidate } from './match-place.js';
import type { PlaceIndex, PlaceName } from './place-index.js';

/** Candidates for a folded, non-empty query, one per place (its best-matching name), unsorted. */
export function matchPlaceName(index: PlaceIndex, key: string): PlaceCandidate[] {
  const words = key.split(' ');
  const best = new Map<string, PlaceCandidate>();
  for (const name of index.names) {
    const hit = score(name, key, words);
    if (!hit) continue;
    const previous = best.get(name.id);
    if (previous && previous.score >= hit.score) continue;
    best.set(name.id, {
      kind: name.kind,
      label: name.label,
      qualifier: name.qualifier,
      postcodes: name.postcodes,
      ...hit,
    });
  }
  return [...best.values()];
}

type Hit = Pick<PlaceCandidate, 'reason' | 'edits' | 'score'>;

function score(name: PlaceName, key: string, words: readonly string[]): Hit | null {
  if (name.key === key) return { reason: 'exact', edits: 0, score: 1 };

  // «Rana» in «Mo i Rana», «Karasjok» in «Karasjohka Karasjok».
  if (name.words.length > words.length && containsRun(name.words, words))
    return { reason: 'word', edits: 0, score: 0.9 };

  // The start of a name while typing: «Osl». Longer typed parts are surer.
  if (name.key.startsWith(key))
    return { reason: 'prefix', edits: 0, score: 0.6 + 0.25 * (key.length / name.key.length) };
  if (key.length >= 3 && name.words.some((w, i) => i > 0 && w.startsWith(key))) {
    return { reason: 'prefix', edits: 0, score: 0.5 + 0.2 * (key.length / name.key.length) };
  }

  // A typo in the whole name, in one of its words, or in the start typed so far.
  const budget = typoBudget(key.length);
  if (budget === 0) return null;
  const whole = editDistance(key, name.key, budget);
  // Of two names one edit away, the one of the typed length is likelier meant: «Tromsa» is Tromsø before Troms.
  if (whole <= budget)
    return { reason: 'typo', edits: whole, score: 0.8 - 0.15 * whole - 0.02 * Math.abs(name.key.length - key.length) };
  if (words.length === 1 && name.words.length > 1) {
    let inWord = budget + 1;
    for (const w of name.words) if (w.length > 3) inWord = Math.min(inWord, editDistance(key, w, budget));
    if (inWord <= budget) return { reason: 'typo', edits: inWord, score: 0.7 - 0.15 * inWord };
  }
  if (key.length >= 5 && name.key.length > key.length) {
    const start = editDistance(key, name.key.slice(0, key.length), 1);
    if (start <= 1) return { reason: 'typo', edits: start, score: 0.5 };
  }
  return null;
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}
