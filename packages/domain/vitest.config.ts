// Tests: the domain is pure TypeScript, so it has only `unit` tests beside the code.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } }],
  },
});
