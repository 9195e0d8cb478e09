// As root the embedded PostgreSQL runs as the OS user `postgres` (PostgreSQL refuses to run as root). That user must be
// able to enter every directory above the binaries and above the data directory; a clone under /root (mode 700) is
// the common case where it cannot. Found before anything is spawned, and said in one sentence.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** A start-up failure the person starting the server can fix; `message` is the one sentence to print. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export interface OsUser {
  uid: number;
  gid: number;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The `postgres` OS user, or null when it does not exist (yet). */
export function postgresOsUser(): OsUser | null {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/** The first directory from `/` down to `target` that `user` may not enter, or null when it reaches all of them. */
export function firstClosedDirectory(target: string, user: OsUser): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    let st;
    try {
      st = statSync(dir);
    } catch {
      return null; // not created yet: we create it, with modes the user can enter
    }
    if (!st.isDirectory()) continue;
    const bit = st.uid === user.uid ? 0o100 : st.gid === user.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return dir;
  }
  return null;
}

/** Throws a StartupError naming the directory and what to do when, as root, `postgres` cannot reach `targets`. */
export function assertPostgresCanReach(targets: { what: string; path: string }[], user: OsUser): void {
  for (const t of targets) {
    const closed = firstClosedDirectory(t.path, user);
    if (!closed) continue;
    const mode = (statSync(closed).mode & 0o777).toString(8);
    throw new StartupError(
      `Running as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${closed} (mode ${mode}) to reach ${t.what} ${t.path}: ` +
        `run the server as an ordinary user, or put the repository (or DATA_DIR) under a directory every user may enter (such as /srv or /opt), or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
}
