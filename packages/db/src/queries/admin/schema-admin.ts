// Whole-database chores of tools: dropping everything for a reset, and a digest of every table's rows for tests that
// prove a request wrote nothing.
import { sql } from 'kysely';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/** Drops every table, the migrations' bookkeeping and the extension the first migration created. */
export async function dropEverything(orm: MikroORM): Promise<void> {
  await orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
  await sql`drop extension if exists btree_gist cascade`.execute(sqlOf(orm.em.fork()));
}

/** The public schema's tables, by name. */
export async function publicTables(orm: MikroORM): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(sqlOf(orm.em.fork()));
  return rows.map((r) => r.table_name);
}

/** Each table with an md5 over its rows: equal digests, equal rows. */
export async function tableDigests(orm: MikroORM, tables: readonly string[]): Promise<Map<string, string>> {
  if (tables.length === 0) return new Map();
  const parts = tables.map(
    (t) =>
      sql`select ${t}::text as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from ${sql.table(t)} x`,
  );
  const { rows } = await sql<{ name: string; digest: string }>`${sql.join(parts, sql` union all `)}`.execute(
    sqlOf(orm.em.fork()),
  );
  return new Map(rows.map((r) => [r.name, r.digest]));
}
