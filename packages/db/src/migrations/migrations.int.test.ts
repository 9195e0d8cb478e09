import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { MIGRATIONS_DIR, migrate } from '../orm.js';
import { migrationsList } from './index.js';

const extensionsOf = async (db: TestDatabase) =>
  (await db.orm.em.getConnection().execute<{ extname: string }[]>('select extname from pg_extension')).map((r) => r.extname);

describe('migrations on an empty database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db?.drop());

  it('apply cleanly, in the listed order, and a second run has nothing to do', async () => {
    expect(await migrate(db.orm)).toEqual(migrationsList.map((m) => m.name));
    expect(await migrate(db.orm)).toEqual([]);
  });

  it('leave no drift: the entities describe exactly the migrated schema', async () => {
    // Fails when an entity changed without a migration (run `pnpm --filter @bn/db migration:create <name>`).
    const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});

describe('the first migration', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db?.drop());

  it('enables btree_gist, which the booking exclusion constraints need', async () => {
    expect(await extensionsOf(db)).not.toContain('btree_gist');
    await db.orm.getMigrator().up({ to: migrationsList[0]!.name });
    expect(await extensionsOf(db)).toContain('btree_gist');
  });
});

describe('the migration list', () => {
  it('names every migration file in the folder, so the bundled server runs them all', async () => {
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(migrationsList.map((m) => m.name).sort()).toEqual(files.sort());
  });
});
