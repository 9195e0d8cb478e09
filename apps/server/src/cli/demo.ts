// `pnpm db:seed` and `pnpm db:reset`: the demo network (packages/db/src/seed/demo-network.json) and its sign-ins.
// They live here rather than in @bn/db because seeding goes through the import use case of @bn/api.
import { credentialsPath, dropEverything, readCredentials, writeCredentials } from '@bn/db';
import { seedDemo } from '@bn/api';
import { readServerEnv } from '../env.js';
import { withDatabase } from './database.js';
import { runCli } from './run.js';

async function main(): Promise<number> {
  const command = process.argv[2];
  const env = readServerEnv();
  if (command !== 'seed' && command !== 'reset') {
    console.error('Bruk: demo seed | reset');
    return 2;
  }
  if (command === 'reset') {
    // Drop everything first (without migrating a schema that may be broken); then migrate the empty database again.
    await withDatabase(env, (orm) => dropEverything(orm), { migrate: false });
  }
  await withDatabase(env, async (orm) => {
    const known = command === 'seed' ? await readCredentials(env.db.dataDir) : undefined;
    const result = await seedDemo({ em: orm.em.fork(), known });
    await writeCredentials(env.db.dataDir, result.credentials);
    const what =
      command === 'reset'
        ? 'Database reset, migrated and seeded.'
        : result.created
          ? 'Demo data created.'
          : 'Demo data already present; nothing changed.';
    process.stdout.write(`${what} Sign-ins and API keys: ${credentialsPath(env.db.dataDir)}\n`);
  });
  return 0;
}

runCli(main);
