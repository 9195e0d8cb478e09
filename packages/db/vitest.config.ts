// Tests: `unit` are plain tests beside the code; `int` run on a real PostgreSQL, started once per run by the globalSetup.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
          globalSetup: ['./src/testing/global-setup.ts'],
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
