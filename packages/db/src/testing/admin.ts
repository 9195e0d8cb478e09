// Small administrative SQL on the test server: create, copy and drop databases.
import pg from 'pg';

export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Replaces the database in a connection URL, keeping server, user and options. */
export function urlForDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const from = template ? ` template ${pg.escapeIdentifier(template)}` : '';
  await withAdminClient(adminUrl, (c) => c.query(`create database ${pg.escapeIdentifier(name)}${from}`));
}

/** Drops a database even while clients are still connected to it (PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (c) => c.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`));
}

/** Drops every database whose name starts with the prefix: this run's leftovers on a shared server. */
export async function dropDatabasesWithPrefix(adminUrl: string, prefix: string): Promise<void> {
  await withAdminClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows)
      await c.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
  });
}
