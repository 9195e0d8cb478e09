// Small typos: how many single-letter edits (insert, delete, replace, swap two neighbours) turn one key into another.

/**
 * The optimal-string-alignment distance of `a` and `b`, or `max + 1` as soon as it is certain to exceed `max` (so a
 * lookup over a few thousand names stays in microseconds per name).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0]!.length < n + 1) rows = [0, 1, 2].map(() => new Int32Array(2 * (n + 1)));
  // Three rows reused across calls: a search compares one query with thousands of names.
  let [prevPrev, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, prevPrev[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[n]!, max + 1);
}

let rows: Int32Array[] = [0, 1, 2].map(() => new Int32Array(64));

/**
 * How many typos a key of this length may carry and still count as meant: none up to three letters («Ål» is not
 * «Ås»), one up to seven («Torsmø» is Tromsø), two from eight («Trondhjem» is Trondheim).
 */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
