// MikroORM set-up shared by the server, the CLI and the tests: one place that knows the entities and migrations.
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities/index.js';
import { migrationsList } from './migrations/index.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OrmOptions {
  url: string;
  debug?: boolean;
  poolMax?: number;
  /** No progress lines from the migrator (tools that print their own). */
  silentMigrations?: boolean;
}

export function ormConfig({ url, debug = false, poolMax = 20, silentMigrations = false }: OrmOptions): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    debug,
    pool: { min: 0, max: poolMax },
    // The request forks its own EntityManager; the global one must never be used for work.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    migrations: {
      migrationsList,
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      transactional: true,
      allOrNothing: true,
      // New migrations are diffed against a database migrated to the latest one (see cli.ts), not a snapshot file.
      snapshot: false,
      silent: silentMigrations,
    },
  });
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

export type { MikroORM };
