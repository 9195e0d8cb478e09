// "Nothing was written": a digest of every configuration table (and the audit), compared before and after a refused call.
import type { MikroORM } from '@bn/db';

const TABLES = [
  'clinic',
  'department',
  'practitioner',
  'membership',
  'insurer',
  'agreement',
  'tariff',
  'appointment_book',
  'appointment_type',
  'type_rule',
  'type_rule_tariff',
  'week_template',
  'work_plan',
  'audit_entry',
] as const;

export type Fingerprint = Record<(typeof TABLES)[number], { rows: number; digest: string | null }>;

export async function fingerprint(orm: MikroORM): Promise<Fingerprint> {
  const parts = TABLES.map(
    (t) =>
      `select '${t}' as name, count(*)::int as rows, md5(string_agg(x::text, '|' order by x::text)) as digest from "${t}" x`,
  );
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ name: string; rows: number; digest: string | null }[]>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, digest: r.digest }])) as Fingerprint;
}

/** Runs a call that must fail and checks that no configuration row and no audit entry changed. Returns its failure. */
export async function refusedWithoutWrites<T>(orm: MikroORM, call: () => Promise<T>): Promise<T> {
  const before = await fingerprint(orm);
  const result = await call();
  const after = await fingerprint(orm);
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    const changed = Object.keys(before).filter(
      (k) => JSON.stringify(before[k as keyof Fingerprint]) !== JSON.stringify(after[k as keyof Fingerprint]),
    );
    throw new Error(`The refused call changed: ${changed.join(', ')}`);
  }
  return result;
}
