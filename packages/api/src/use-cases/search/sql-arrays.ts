// Bulk statements for the search's derived data: PostgreSQL array literals sent as real query parameters.
// Two traps avoided here: knex expands a JavaScript array bound to `?` into a list of values (so `unnest(?::text[])`
// needs the array as ONE string parameter, '{"a","b"}'), and `em.execute` formats every parameter into the SQL text
// on the client, which for arrays of 20,000 values costs more than the insert itself.
import type { EntityManager } from '@bn/db';

// Ids and ISO timestamps hold no control characters, so JSON's escaping of `"` and `\` is exactly the array
// literal's. Anything else takes the careful path.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN = /^[^\u0000-\u001f]*$/;

/** A `text[]` literal. */
export function textArray(values: readonly string[]): string {
  if (values.every((v) => PLAIN.test(v))) return `{${JSON.stringify(values).slice(1, -1)}}`;
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** A `timestamptz[]` literal, from instants (ISO 8601 in UTC). */
export function timestampArray(values: readonly Date[]): string {
  return textArray(values.map((d) => d.toISOString()));
}

/** A `timestamptz[]` literal with nulls allowed. */
export function nullableTimestampArray(values: readonly (Date | null)[]): string {
  return `{${values.map((d) => (d === null ? 'NULL' : `"${d.toISOString()}"`)).join(',')}}`;
}

/** An `int[]` literal; null allowed. */
export function intArray(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(Math.trunc(v)))).join(',')}}`;
}

/**
 * Runs one statement with its parameters sent separately (`?` placeholders), inside the EntityManager's transaction
 * when it has one, and returns its rows. For large array parameters; ordinary statements use `em.execute`.
 */
export async function executeBulk<T = unknown>(
  em: EntityManager,
  sql: string,
  params: readonly (string | number | Date | null)[],
): Promise<T[]> {
  const query = em.getKnex().raw(sql, [...params]);
  const tx = em.getTransactionContext();
  if (tx) query.transacting(tx);
  const result = (await query) as { rows?: T[] };
  return result.rows ?? [];
}
