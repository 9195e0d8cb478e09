// Finds the database to use: DATABASE_URL when set, otherwise the embedded PostgreSQL kept under the data directory.
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.js';
import type { DbEnv } from './env.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function resolveDatabase(env: DbEnv, log?: (line: string) => void): Promise<ResolvedDatabase> {
  if (env.databaseUrl) return { url: env.databaseUrl, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: path.join(env.dataDir, 'pg'), port: env.embeddedPort, ...(log ? { log } : {}) });
  await ensureDatabase(server.adminUrl, 'behandlernettverk');
  return { url: server.urlFor('behandlernettverk'), embedded: true, stop: () => server.stop() };
}
