// The test harness's view of the environment: which PostgreSQL server the integration tests use.

export interface TestDbEnv {
  /** An existing server to test against instead of starting an embedded one (any database on it; we use `postgres`). */
  databaseUrl: string | undefined;
  /** Print the embedded server's log lines, for when it will not start. */
  logPostgres: boolean;
}

export function readTestDbEnv(): TestDbEnv {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    logPostgres: process.env.BN_TEST_PG_LOG === '1',
  };
}
