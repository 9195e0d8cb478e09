// Opens the database for a command: embedded or DATABASE_URL, migrated, with the ORM's log lines on stderr so that
// stdout carries only the command's output (an export piped to a file stays a clean document).
import { MikroORM } from '@mikro-orm/postgresql';
import { migrate, ormConfig, resolveDatabase } from '@bn/db';
import type { ServerEnv } from '../env.js';

export async function withDatabase<T>(
  env: ServerEnv,
  work: (orm: MikroORM) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const db = await resolveDatabase(env.db);
  try {
    const orm = await MikroORM.init({
      ...ormConfig({ url: db.url, poolMax: 4 }),
      logger: (line: string) => process.stderr.write(`${line}\n`),
    });
    try {
      if (options.migrate !== false) await migrate(orm);
      return await work(orm);
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
}
