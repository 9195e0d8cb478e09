import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { DATABASE_TYPES_FILE, databaseTypes } from './generate-types.js';

describe('the Database interface Kysely types the SQL with', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('describes exactly the migrated schema', async () => {
    // Fails when a migration changed a table without the types being regenerated: run `pnpm --filter @bn/db db:types`.
    expect(await databaseTypes(db.url)).toBe(await readFile(DATABASE_TYPES_FILE, 'utf8'));
  });
});
