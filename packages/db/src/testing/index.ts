// Test harness for integration tests (`*.int.test.ts`) on a real PostgreSQL.
// The `int` project's globalSetup (`@bn/db/testing/global-setup`) starts one server per run (or uses DATABASE_URL)
// and migrates a template once; each test file then copies it into a database of its own:
//
//   let db: TestDatabase;
//   beforeAll(async () => { db = await createTestDatabase(); });
//   afterAll(() => db?.drop());
export { createTestDatabase, type TestDatabase, type CreateTestDatabaseOptions } from './test-database.js';
export {
  TEST_PASSWORD,
  createInsurer,
  createClinic,
  createPractitioner,
  createUser,
  type InsurerOverrides,
  type ClinicOverrides,
  type PractitionerOptions,
  type UserOptions,
  type TestUser,
} from './factories.js';
export { createTestNetwork, type TestNetwork } from './network.js';
export { nextOrgNumber } from './org-number.js';
export type { TestDbContext } from './provided.js';
