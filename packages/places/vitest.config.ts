// Tests: the place register and its matchers are pure TypeScript over a shipped data file, so only `unit` tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } }],
  },
});
