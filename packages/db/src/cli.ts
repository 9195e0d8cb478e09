// Database command line: migrate, migration:create, backup, restore. Used by the root `db:*` scripts. Seeding the demo and
// resetting need the import use case of @bn/api, so they live in the server's CLI (apps/server/src/cli/demo.ts).
import { readDbEnv } from './env.js';
import { backupCommand, restoreCommand } from './backup/backup-cli.js';
import { RestoreRefused } from './backup/restore-database.js';
import { StartupError } from './embedded-access.js';
import { resolveDatabase } from './connect.js';
import { createOrm, migrate, MIGRATIONS_DIR } from './orm.js';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function main(): Promise<void> {
  const command = process.argv[2];
  const env = readDbEnv();
  if (command === 'backup') return backupCommand(env, process.argv.slice(3));
  if (command === 'restore') return restoreCommand(env, process.argv.slice(3));
  const db = await resolveDatabase(env);
  const orm = await createOrm({ url: db.url });
  try {
    switch (command) {
      case 'migrate': {
        const done = await migrate(orm);
        console.log(done.length ? `Migrated: ${done.join(', ')}` : 'Database is up to date.');
        break;
      }
      case 'migration:create': {
        await migrate(orm);
        const result = await orm.getMigrator().createMigration(undefined, false, false);
        if (!result.fileName) {
          console.log('No schema changes.');
          break;
        }
        const name = await registerMigration(result.fileName, process.argv[3] ?? 'schema');
        console.log(`Created ${name} and listed it in migrations/index.ts.`);
        break;
      }
      default:
        console.error(
          'Usage: cli.ts migrate | migration:create [name] | backup [file] | restore <file> [--database NAME | --replace]',
        );
        process.exitCode = 2;
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

/** Gives a generated migration a readable name and appends it to the static list the ORM loads. */
async function registerMigration(fileName: string, label: string): Promise<string> {
  const base = fileName.replace(/\.ts$/, '');
  const name = `${base}_${label.replace(/[^a-zA-Z0-9]+/g, '_')}`;
  const from = path.join(MIGRATIONS_DIR, fileName);
  const source = await readFile(from, 'utf8');
  await writeFile(path.join(MIGRATIONS_DIR, `${name}.ts`), source.replace(`class ${base} `, `class ${name} `));
  await rm(from);
  const indexPath = path.join(MIGRATIONS_DIR, 'index.ts');
  let index = await readFile(indexPath, 'utf8');
  index = index.replace(
    /\n\nexport const migrationsList/,
    `\nimport { ${name} } from './${name}.js';\n\nexport const migrationsList`,
  );
  index = index.replace(/\n\];\n$/, `\n  { name: '${name}', class: ${name} },\n];\n`);
  await writeFile(indexPath, index);
  return name;
}

main().catch((e: unknown) => {
  // A refusal the person can act on is one sentence; anything else is a bug and keeps its stack.
  console.error(e instanceof RestoreRefused || e instanceof StartupError ? e.message : e);
  process.exit(1);
});
