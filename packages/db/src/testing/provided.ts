// What the global set-up hands to every integration test file through Vitest's provide/inject.

export interface TestDbContext {
  /** URL of the server's `postgres` maintenance database: used to create and drop databases. */
  adminUrl: string;
  /** The migrated database each test file's database is copied from. */
  template: string;
  /** Prefix of every database this run creates, so teardown can find leftovers on a shared server. */
  prefix: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    bnTestDb: TestDbContext;
  }
}
