// Finds the database to use: DATABASE_URL when set, otherwise the embedded PostgreSQL kept under the data directory.
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.js';
import { runningPort } from './embedded-lock.js';
import type { DbEnv } from './env.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** The embedded PostgreSQL belongs to a server that is running (shareRunning): leave it be. */
  shared?: boolean;
  stop(): Promise<void>;
}

export interface ResolveLogs {
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the embedded database's supervisor did (restarts, a left-over postmaster stopped). */
  note?: (message: string) => void;
  /** Tools (backup): connect to the embedded PostgreSQL a running server started, instead of refusing. */
  shareRunning?: boolean;
}

export async function resolveDatabase(env: DbEnv, logs: ResolveLogs = {}): Promise<ResolvedDatabase> {
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: false, stop: async () => {} };
  const dataDir = path.resolve(env.dataDir, 'pg');
  const running = logs.shareRunning ? runningPort(dataDir) : null;
  if (running)
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${running}/behandlernettverk`,
      embedded: true,
      shared: true,
      stop: async () => {},
    };
  const server = await startEmbeddedPostgres({
    dataDir,
    port: env.embeddedPort,
    ...(logs.log ? { log: logs.log } : {}),
    ...(logs.note ? { note: logs.note } : {}),
  });
  try {
    await ensureDatabase(server.adminUrl, 'behandlernettverk');
  } catch (e) {
    await server.stop();
    throw e;
  }
  return { url: server.urlFor('behandlernettverk'), embedded: true, stop: () => server.stop() };
}
