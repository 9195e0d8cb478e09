// The search's read queries as named prepared statements on a pooled connection: PostgreSQL plans each shape once
// per connection instead of on every request (planning was half the query's time; docs/performance.md).
import { createHash } from 'node:crypto';
import { statementName, type EntityManager } from '@bn/db';

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface KnexPool {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/** The statement's `$n` text and name per SQL shape: the shapes are few, and hashing them on every call is not free. */
const statements = new Map<string, { name: string; text: string }>();
const MAX_SHAPES = 1000;

function statementFor(sql: string): { name: string; text: string } {
  let statement = statements.get(sql);
  if (!statement) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    statement = { text, name: `bn_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` };
    if (statements.size >= MAX_SHAPES) statements.clear();
    statements.set(sql, statement);
  }
  return statement;
}

/** Runs `sql` (with `?` placeholders) as a prepared statement; inside a transaction, on its connection as usual. */
export async function preparedQuery<T>(em: EntityManager, sql: string, values: unknown[]): Promise<T[]> {
  if (em.getTransactionContext()) return em.execute<T[]>(sql, values);
  const { name, text } = statementFor(sql);
  const pool = em.getKnex().client as unknown as KnexPool;
  const connection = await pool.acquireConnection();
  try {
    return (await connection.query({ name, text, values })).rows as T[];
  } catch (e) {
    // The driver's error names no statement; the log names it by this (apps/server's logging.ts), never by its values.
    if (e && typeof e === 'object') Object.assign(e, { statement: statementName(sql) });
    throw e;
  } finally {
    await pool.releaseConnection(connection);
  }
}
