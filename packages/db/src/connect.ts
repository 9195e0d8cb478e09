// Finds the database to use: DATABASE_URL when set, otherwise the embedded PostgreSQL kept under the data directory.
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.js';
import type { DbEnv } from './env.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface ResolveLogs {
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the embedded database's supervisor did (restarts, a left-over postmaster stopped). */
  note?: (message: string) => void;
}

export async function resolveDatabase(env: DbEnv, logs: ResolveLogs = {}): Promise<ResolvedDatabase> {
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: path.join(env.dataDir, 'pg'), port: env.embeddedPort, ...logs });
  try {
    await ensureDatabase(server.adminUrl, 'behandlernettverk');
  } catch (e) {
    await server.stop();
    throw e;
  }
  return { url: server.urlFor('behandlernettverk'), embedded: true, stop: () => server.stop() };
}
