import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    globalSetup: ['src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One server and one PostgreSQL serve all files; two browsers at a time suit a 2-core machine.
    maxWorkers: 2,
  },
});
