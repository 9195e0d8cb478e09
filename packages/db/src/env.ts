// The database package's view of the environment (used by its CLI and by the server's env.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest directory upwards holding pnpm-workspace.yaml. */
export function findRepoRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

export interface DbEnv {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  /** The directory the command was typed in (pnpm runs scripts in the package's and passes the caller's as INIT_CWD). */
  callerDir: string;
}

export function readDbEnv(): DbEnv {
  const root = findRepoRoot();
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: path.resolve(process.env.DATA_DIR ?? path.join(root, '.data')),
    embeddedPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    callerDir: path.resolve(process.env.INIT_CWD || process.cwd()),
  };
}
