// Browser tests on @playwright/test: Debian's Chromium (CHROMIUM_PATH), traces kept for failed tests, no retries.
import { defineConfig } from '@playwright/test';
import { e2eEnv } from './src/env.js';

/** The specs that book, each on a practitioner of its own (SPEC_PRACTITIONERS), so never racing for a time. */
const SPECS_THAT_BOOK = [
  'agent-booking',
  'agent-move',
  'booking-whole-path',
  'clinic-calendar',
  'patient-card-details',
  'stored-xss',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'src',
  globalSetup: './src/global-setup.ts',
  outputDir: 'artifacts/test-results',
  reporter: [['list'], ['html', { outputFolder: 'artifacts/report', open: 'never' }]],
  // One server and one PostgreSQL serve every file; two browsers at a time suit a 2-core machine. The tests of one file
  // run in order in one worker; files run side by side, those that book each on a practitioner of its own.
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
  projects: [
    // The practitioners of the specs that book (spec-practitioners.ts), made once through the API.
    { name: 'seed', testMatch: /seed\.setup\.ts$/ },
    { name: 'own practitioner', testMatch: SPECS_THAT_BOOK, dependencies: ['seed'] },
    // The rest read the demo network, or change what no other spec reads; they run while the seed is made.
    { name: 'demo network', testMatch: /\.spec\.ts$/, testIgnore: SPECS_THAT_BOOK },
  ],
});
