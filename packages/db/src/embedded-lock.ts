// Who holds an embedded data directory. PostgreSQL locks its directory with `postmaster.pid`; a server killed with -9
// leaves its postmaster running (or, after a machine crash, a lock file naming a pid that may now be someone else's).
// Before a start, an orphaned postmaster of ours is stopped and a stale lock removed, so the same port is used again;
// a postmaster that a live server still owns is left alone and the start refused in one sentence.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from './embedded-access.js';

interface Owner {
  serverPid: number;
  postmasterPid: number;
}

const ownerFile = (dataDir: string) => `${dataDir}.owner.json`;

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // A process that has exited but is not yet reaped (a zombie) is gone for our purposes.
  return !/\) Z /.test(procFile(pid, 'stat') ?? '');
}

function procFile(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const stat = procFile(pid, 'stat');
  return stat ? Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1]) : null;
}

/** Whether `pid` is a postmaster (or one of its processes) serving `dataDir`, judged by its command line. */
function servesDataDir(pid: number, dataDir: string): boolean {
  const args = procFile(pid, 'cmdline')?.split('\0') ?? [];
  const d = args.indexOf('-D');
  return d >= 0 && path.basename(args[0] ?? '') === 'postgres' && path.resolve(args[d + 1] ?? '') === dataDir;
}

function readLock(dataDir: string): { pid: number } | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid } : null;
}

function readOwner(dataDir: string): Owner | null {
  try {
    return JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

export function writeOwner(dataDir: string, postmasterPid: number): void {
  writeFileSync(ownerFile(dataDir), JSON.stringify({ serverPid: process.pid, postmasterPid } satisfies Owner));
}

export function removeOwner(dataDir: string): void {
  rmSync(ownerFile(dataDir), { force: true });
}

/** The port of a postmaster that serves `dataDir` now (a running server's), or null. */
export function runningPort(dataDir: string): number | null {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && servesDataDir(pid, dataDir) && port > 0 ? port : null;
}

/** Waits until `pid` is gone, escalating from fast shutdown (SIGINT) to immediate (SIGQUIT) to SIGKILL. */
export async function stopPostmaster(pid: number): Promise<void> {
  const gone = async (ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
      if (!isAlive(pid)) return true;
    return !isAlive(pid);
  };
  for (const [signal, ms] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await gone(ms)) return;
  }
}

/**
 * Makes `dataDir` free to start on: stops a postmaster whose server is gone, removes a lock naming a process that is
 * not a postmaster of this directory, and refuses when a live server still runs one here.
 */
export async function releaseDataDir(dataDir: string, note: (message: string) => void): Promise<void> {
  // Without /proc (macOS) nothing here can tell whose the lock is: PostgreSQL judges its own lock file.
  if (!existsSync('/proc/self/stat')) return;
  const lock = readLock(dataDir);
  if (!lock) return;
  if (!servesDataDir(lock.pid, dataDir)) {
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
    note(`removed a stale postmaster.pid (pid ${lock.pid} is no PostgreSQL of ${dataDir})`);
    return;
  }
  const owner = readOwner(dataDir);
  const parent = parentOf(lock.pid);
  const ownedByLiveServer = owner
    ? owner.serverPid !== process.pid && parent === owner.serverPid && isAlive(owner.serverPid)
    : // Started before owners were recorded: a node parent is a server still running.
      parent !== null && parent > 1 && /node/.test(path.basename(procFile(parent, 'cmdline')?.split('\0')[0] ?? ''));
  if (ownedByLiveServer) {
    throw new StartupError(
      `Another server (pid ${owner?.serverPid ?? parent}) is using the database in ${dataDir}: stop it first, or give this server its own DATA_DIR.`,
    );
  }
  note(`stopping PostgreSQL (pid ${lock.pid}) left running by a server that is gone`);
  await stopPostmaster(lock.pid);
  removeOwner(dataDir);
}
