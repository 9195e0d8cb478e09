// A fresh, migrated PostgreSQL database for one bench run: an embedded server in a temp dir, or a new database on
// the server DATABASE_URL names. `dispose` removes what was created, whatever happened before.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createOrm, migrate, startEmbeddedPostgres, type EmbeddedDatabase } from '@bn/db';

export interface BenchDatabase {
  url: string;
  describe: string;
  dispose(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
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

/** `durable`: the embedded server keeps production durability (fsync, synchronous_commit, full_page_writes on). */
export async function createBenchDatabase(
  databaseUrl: string | undefined,
  log: (line: string) => void,
  { durable = false } = {},
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
    server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'data'), port: 0, ephemeral: !durable });
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
    return {
      url,
      describe: server
        ? `embedded PostgreSQL in ${tempDir} (port ${server.port}${durable ? ', fsync, synchronous_commit and full_page_writes on' : ', durability off'})`
        : `database ${name} on DATABASE_URL`,
      dispose,
    };
  } catch (e) {
    await dispose();
    throw e;
  }
}
