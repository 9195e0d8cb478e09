// Person names in any order: «nordmann kari», «Kari Nordmann», «k nordman» and «Nordmann, Kari» all find Kari
// Nordmann. For the search of practitioners and bookings; pure, so the browser may use it too.
import { editDistance, typoBudget } from './edit-distance.js';
import { foldWords } from './normalize.js';

export interface NameMatch {
  /** 0–1: 1 when every word of the name was typed exactly. */
  score: number;
  /** Every typed word matched a word of the name exactly (no prefix, no typo). */
  exact: boolean;
}

interface Part {
  text: string;
  /** Which words of the name this part covers: one, or two written together («annelise» for Anne-Lise). */
  covers: number;
  first: number;
}

/** How well a typed word matches a word of the name: exactly, as its start (an initial counts), or with a typo. */
function wordScore(typed: string, word: string): number {
  if (typed === word) return 1;
  if (word.startsWith(typed)) return 0.6 + 0.3 * (typed.length / word.length);
  const budget = typoBudget(typed.length);
  if (budget === 0) return 0;
  const d = editDistance(typed, word, budget);
  return d <= budget ? 0.75 - 0.1 * d : 0;
}

/**
 * Whether `query` names `name`, in any order: each typed word must match a different word of the name. Null when
 * some typed word matches none.
 */
export function matchNameInAnyOrder(query: string, name: string): NameMatch | null {
  const typed = foldWords(query);
  const words = foldWords(name);
  if (typed.length === 0 || typed.length > words.length) return null;

  const parts: Part[] = words.map((text, first) => ({ text, covers: 1, first }));
  for (let i = 0; i + 1 < words.length; i++) parts.push({ text: words[i]! + words[i + 1]!, covers: 2, first: i });
  const scores = typed.map((t) => parts.map((p) => wordScore(t, p.text)));

  // Few words on either side, so trying every assignment is cheap and never misses the best one.
  let bestSum = 0;
  let bestCovered = 0;
  let bestExact = false;
  const used = new Array<boolean>(words.length).fill(false);
  const walk = (i: number, sum: number, covered: number, exact: boolean) => {
    if (i === typed.length) {
      if (sum > bestSum || (sum === bestSum && covered > bestCovered))
        [bestSum, bestCovered, bestExact] = [sum, covered, exact];
      return;
    }
    parts.forEach((p, j) => {
      const s = scores[i]![j]!;
      if (s === 0 || used[p.first] || (p.covers === 2 && used[p.first + 1])) return;
      used[p.first] = true;
      if (p.covers === 2) used[p.first + 1] = true;
      walk(i + 1, sum + s, covered + p.covers, exact && s === 1);
      used[p.first] = false;
      if (p.covers === 2) used[p.first + 1] = false;
    });
  };
  if (typed.length <= 6) walk(0, 0, 0, true);
  if (bestSum === 0) return null;

  // Typing fewer words than the name has («kari» for Kari Nordmann) still matches, a little less surely.
  const score = (bestSum / typed.length) * (0.9 + 0.1 * (bestCovered / words.length));
  return { score: Math.round(score * 1000) / 1000, exact: bestExact };
}

/** Items whose name matches, best first (ties keep their order). */
export function rankByName<T>(
  query: string,
  items: readonly T[],
  nameOf: (item: T) => string,
): { item: T; match: NameMatch }[] {
  return items
    .map((item, i) => ({ item, i, match: matchNameInAnyOrder(query, nameOf(item)) }))
    .filter((x): x is { item: T; i: number; match: NameMatch } => x.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.i - b.i)
    .map(({ item, match }) => ({ item, match }));
}

/**
 * The folded words of a name, sorted, for a column the database can filter on before ranking (`name_key LIKE
 * '%' || word || '%'` for each typed word, then `matchNameInAnyOrder` for the order of the few rows left).
 */
export function nameSearchKey(name: string): string {
  return foldWords(name).sort().join(' ');
}
