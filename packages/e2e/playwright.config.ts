// Browser tests on @playwright/test: Debian's Chromium (CHROMIUM_PATH), traces kept for failed tests, no retries.
import { defineConfig } from '@playwright/test';
import { e2eEnv } from './src/env.js';

export default defineConfig({
  // Every src/*.spec.ts (Playwright's default match).
  testDir: 'src',
  globalSetup: './src/global-setup.ts',
  outputDir: 'artifacts/test-results',
  reporter: [['list'], ['html', { outputFolder: 'artifacts/report', open: 'never' }]],
  // One server and one PostgreSQL serve every file; two browsers at a time suit a 2-core machine. The tests of one file
  // run in order in one worker; files run side by side, those that book each on a practitioner of its own
  // (spec-practitioners.ts).
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  // A flaky test is a bug to find, not to retry.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    headless: !e2eEnv.headed,
    launchOptions: {
      executablePath: e2eEnv.chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
  },
});
