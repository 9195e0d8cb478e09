// Tests: `unit` are plain tests beside the code; `int` run on a real PostgreSQL, started once per run by the globalSetup.
import { defineConfig } from 'vitest/config';

/**
 * pg-boss completes and fails jobs without awaiting the promise, so a test that takes the database away from a worker
 * sees those rejections as unhandled; the server logs them and goes on (`survivingDatabaseOutages` in main.ts), and
 * so does the test run. Only those: a lost or refused connection inside pg-boss.
 */
function isJobQueueOutage(error: { stack?: string; message?: string; code?: string }): boolean {
  const lost =
    ['ECONNREFUSED', 'ECONNRESET'].includes(error.code ?? '') || /Connection terminated/.test(error.message ?? '');
  return lost && /[\\/]pg-boss[\\/]/.test(error.stack ?? '');
}

export default defineConfig({
  test: {
    onUnhandledError: (error) => !isJobQueueOutage(error),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['src/**/*.int.test.ts'],
          // Resolved through @bn/db's package exports: one harness for every package.
          globalSetup: ['@bn/db/testing/global-setup'],
          // Each file has its own database, so files need no module isolation; sharing the imports
          // (MikroORM, tRPC) across files in a worker saves seconds per file.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
