// Rows per table: a test compares two of these to show that an operation (a second seed, an import) wrote nothing.
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';

/** Every base table of the public schema with its row count, by table name (migrations table included). */
export async function tableRowCounts(orm: MikroORM): Promise<Record<string, number>> {
  const connection = orm.em.getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await connection.execute<{ n: number }[]>(`select count(*)::int as n from ${pg.escapeIdentifier(table_name)}`);
    counts[table_name] = row?.n ?? 0;
  }
  return counts;
}
