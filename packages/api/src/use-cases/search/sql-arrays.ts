// PostgreSQL array literals for bulk statements. MikroORM's `execute` (knex) expands a JavaScript array bound to `?`
// into a list of values, so `unnest(?::text[])` needs the array as ONE string parameter: '{"a","b"}'.

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A `text[]` literal. */
export function textArray(values: readonly string[]): string {
  return `{${values.map(quote).join(',')}}`;
}

/** A `timestamptz[]` literal, from instants (ISO 8601 in UTC). */
export function timestampArray(values: readonly Date[]): string {
  return `{${values.map((d) => quote(d.toISOString())).join(',')}}`;
}

/** An `int[]` literal (nulls allowed). */
export function intArray(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(Math.trunc(v)))).join(',')}}`;
}
