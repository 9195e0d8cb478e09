// The week-template editor's «copy a day»: one day's windows (with their types) and breaks put on other days.

/**
 * The rows with every target day's own rows replaced by copies of the source day's, each copy under a new key; the
 * result is ordered by weekday (within a day, as before). Copying to the source day itself changes nothing.
 */
export function copyDay<T extends { weekday: number; key: string }>(
  rows: readonly T[],
  from: number,
  to: readonly number[],
  newKey: () => string,
): T[] {
  const targets = new Set(to.filter((day) => day !== from));
  const source = rows.filter((r) => r.weekday === from);
  const kept = rows.filter((r) => !targets.has(r.weekday));
  const copies = [...targets].flatMap((weekday) => source.map((r) => ({ ...r, weekday, key: newKey() })));
  return [...kept, ...copies].sort((a, b) => a.weekday - b.weekday);
}
