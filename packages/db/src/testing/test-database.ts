// One database per test file, copied from the migrated template, so test files run in parallel without sharing rows.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '../orm.js';
import { createDatabase, dropDatabase, urlForDatabase } from './admin.js';
import './provided.js';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  name: string;
  /** Closes the ORM and drops the database. Call it in `afterAll`. */
  drop(): Promise<void>;
  /** Drops the database under the still-open ORM, as an outage would: its next queries fail. */
  dropUnderneath(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Start from an empty database instead of the migrated template (to test the migrations themselves). */
  empty?: boolean;
}

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const { adminUrl, template, prefix } = inject('bnTestDb');
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  await createDatabase(adminUrl, name, options.empty ? 'template0' : template);
  const url = urlForDatabase(adminUrl, name);
  const orm = await createOrm({ url, poolMax: 5 });
  let dropped = false;
  return {
    orm,
    url,
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await orm.close(true);
      await dropDatabase(adminUrl, name);
    },
    dropUnderneath: () => dropDatabase(adminUrl, name),
  };
}
