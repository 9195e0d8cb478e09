// Before/after of an audit entry as a list of changed fields, for a person to read.

export interface FieldChange {
  /** Dotted path: `name`, `restrictions.daysAhead`, `windows.1` (one element of a list of objects). */
  path: string;
  before: unknown;
  after: unknown;
}

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Flattens a row to the values a person compares: nested objects by field (`restrictions.daysAhead`), lists of
 * objects by element (`windows.0`), lists of plain values as one value (`tariffIds`).
 */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isPlainObject(value) && prefix === '') {
    for (const [key, v] of Object.entries(value)) flatten(v, key, out);
  } else if (isPlainObject(value) && !prefix.includes('.')) {
    for (const [key, v] of Object.entries(value)) out.set(`${prefix}.${key}`, v);
  } else if (Array.isArray(value) && value.some(isPlainObject)) {
    value.forEach((v, i) => out.set(`${prefix}.${i}`, v));
  } else {
    out.set(prefix, value);
  }
}

// A field a row did not have counts as empty: a created row's empty fields are no change.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between before and after (a created row: all its fields; a deleted one: all it had). */
export function diffFields(before: Row | null, after: Row | null, ignore: readonly string[] = ['id']): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  if (before) flatten(before, '', a);
  if (after) flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => !ignore.includes(p))
    .filter((p) => !same(a.get(p), b.get(p)))
    .map((p) => ({ path: p, before: a.has(p) ? a.get(p) : null, after: b.has(p) ? b.get(p) : null }));
}
