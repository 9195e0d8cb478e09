// The commands behind `pnpm db:backup [file]` and `pnpm db:restore <file> [--database NAME | --replace]`, against
// DATABASE_URL or the embedded PostgreSQL under DATA_DIR — the running server's, when one runs (online backup).
import path from 'node:path';
import pg from 'pg';
import type { DbEnv } from '../env.js';
import { resolveDatabase } from '../connect.js';
import { backupDatabase } from './backup-database.js';
import { restoreDatabase, RestoreRefused } from './restore-database.js';

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export async function backupCommand(env: DbEnv, args: string[]): Promise<void> {
  const file = args[0]
    ? path.resolve(env.callerDir, args[0])
    : path.join(env.dataDir, 'backups', `behandlernettverk-${stamp()}.bnbackup.gz`);
  const db = await resolveDatabase(env, { shareRunning: true });
  try {
    const { rows } = await backupDatabase({ url: db.url, file });
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    process.stdout.write(`Backed up ${total} rows in ${Object.keys(rows).length} tables to ${file}\n`);
  } finally {
    await db.stop();
  }
}

export async function restoreCommand(env: DbEnv, args: string[]): Promise<void> {
  const fileArg = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--database');
  if (!fileArg) throw new RestoreRefused('Usage: pnpm db:restore <file> [--database NAME | --replace]');
  const file = path.resolve(env.callerDir, fileArg);
  const into = args.includes('--database') ? args[args.indexOf('--database') + 1] : undefined;
  const replace = args.includes('--replace');
  const db = await resolveDatabase(env, { shareRunning: true });
  try {
    let url = db.url;
    if (into) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(into))
        throw new RestoreRefused(`--database takes a plain name (a–z, 0–9, _), got "${into}".`);
      await admin(db.url, `create database ${pg.escapeIdentifier(into)}`);
      url = withDatabase(db.url, into);
    } else if (replace) {
      if (db.shared)
        throw new RestoreRefused('A server is using this database: stop it first, then restore with --replace.');
      const name = new URL(db.url).pathname.slice(1);
      await admin(db.url, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      await admin(db.url, `create database ${pg.escapeIdentifier(name)}`);
    }
    const { rows } = await restoreDatabase({ url, file });
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `Restored ${total} rows in ${Object.keys(rows).length} tables from ${file}${into ? ` into the database ${into} (DATABASE_URL=${url})` : ''}\n`,
    );
  } finally {
    await db.stop();
  }
}
