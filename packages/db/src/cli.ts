// Database command line: migrate, seed, reset, migration:create. Used by the root `db:*` scripts.
import { readDbEnv } from './env.js';
import { resolveDatabase } from './connect.js';
import { createOrm, migrate } from './orm.js';
import { seedDemo } from './seed/demo.js';
import { readCredentials, writeCredentials } from './seed/credentials.js';

async function main(): Promise<void> {
  const command = process.argv[2];
  const env = readDbEnv();
  const db = await resolveDatabase(env);
  const orm = await createOrm({ url: db.url });
  try {
    switch (command) {
      case 'migrate': {
        const done = await migrate(orm);
        console.log(done.length ? `Migrated: ${done.join(', ')}` : 'Database is up to date.');
        break;
      }
      case 'seed': {
        await migrate(orm);
        const result = await seedDemo(orm.em.fork(), await readCredentials(env.dataDir));
        await writeCredentials(env.dataDir, result.credentials);
        console.log(result.created ? 'Demo data created.' : 'Demo data already present; nothing changed.');
        break;
      }
      case 'reset': {
        await orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
        await orm.getSchemaGenerator().execute('drop extension if exists btree_gist cascade;');
        await migrate(orm);
        const result = await seedDemo(orm.em.fork());
        await writeCredentials(env.dataDir, result.credentials);
        console.log('Database reset, migrated and seeded.');
        break;
      }
      case 'migration:create': {
        const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[3]);
        console.log(result.fileName ? `Created ${result.fileName}; add it to migrations/index.ts.` : 'No schema changes.');
        break;
      }
      default:
        console.error('Usage: cli.ts migrate | seed | reset | migration:create [name]');
        process.exitCode = 2;
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
