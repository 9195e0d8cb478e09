// A fresh, migrated PostgreSQL database for one bench run: an embedded server in a temp dir, or a new database on
// the server DATABASE_URL names. `dispose` removes what was created, whatever happened before.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createOrm, migrate, startEmbeddedPostgres, type EmbeddedDatabase } from '@bn/db';
import type { Durability } from './env.js';

export interface BenchDatabase {
  url: string;
  describe: string;
  /** What the server really runs with, read back from it: `production` only when all three settings are on. */
  durability: Durability;
  dispose(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const DURABILITY_SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

/** The server's durability settings as `fsync=on, …`, and whether all three are on. */
async function readDurability(url: string): Promise<{ text: string; durability: Durability }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const values: string[] = [];
    for (const name of DURABILITY_SETTINGS)
      values.push((await client.query<{ v: string }>(`select current_setting($1) as v`, [name])).rows[0]!.v);
    return {
      text: DURABILITY_SETTINGS.map((name, i) => `${name}=${values[i]}`).join(', '),
      durability: values.every((v) => v === 'on') ? 'production' : 'fast',
    };
  } finally {
    await client.end();
  }
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * `production`: the embedded server keeps fsync, synchronous_commit and full_page_writes on, as the server runs it;
 * `fast` turns the three off (embedded only: a server on DATABASE_URL runs as it is configured, and is reported so).
 */
export async function createBenchDatabase(
  databaseUrl: string | undefined,
  log: (line: string) => void,
  durability: Durability,
): Promise<BenchDatabase> {
  const name = `bn_bench_${randomBytes(4).toString('hex')}`;
  let server: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl: string;
  if (databaseUrl) {
    adminUrl = withDatabase(databaseUrl, 'postgres');
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'bn-bench-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this directory.
    await chmod(tempDir, 0o755);
    server = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, 'data'),
      port: 0,
      ephemeral: durability === 'fast',
    });
    adminUrl = server.adminUrl;
  }
  const dispose = async () => {
    if (server) await server.stop().catch((e: unknown) => log(`stopping PostgreSQL failed: ${String(e)}`));
    else await admin(adminUrl, `drop database if exists ${name} with (force)`).catch(() => {});
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
  try {
    await admin(adminUrl, `create database ${name}`);
    const url = withDatabase(adminUrl, name);
    const orm = await createOrm({ url, poolMax: 2 });
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
    const actual = await readDurability(url);
    if (server && actual.durability !== durability)
      throw new Error(`asked for ${durability} durability, the embedded server runs ${actual.text}`);
    return {
      url,
      describe: `${server ? `embedded PostgreSQL in ${tempDir} (port ${server.port})` : `database ${name} on DATABASE_URL`}; durability ${actual.durability} (${actual.text})`,
      durability: actual.durability,
      dispose,
    };
  } catch (e) {
    await dispose();
    throw e;
  }
}
