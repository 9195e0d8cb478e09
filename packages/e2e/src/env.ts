// Browser-test settings from the environment.
export const e2eEnv = {
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /** Set to reuse an already running server instead of starting one (e.g. http://localhost:3000). */
  baseUrl: process.env.E2E_BASE_URL,
  /** With E2E_BASE_URL: where that server keeps demo-credentials.json. */
  dataDir: process.env.E2E_DATA_DIR,
  headed: process.env.E2E_HEADED === '1',
};

/** The environment the server under test inherits (PATH and the like), before the suite's own settings. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/**
 * The server the global setup started (or was pointed at), handed to the test workers through their environment:
 * Playwright starts the workers after the global setup, as children of the process it ran in.
 */
const RUNTIME = 'BN_E2E_RUNTIME';

export interface Runtime {
  baseUrl: string;
  /** The server's data directory: demo credentials, and the local SMTP server's store under `mail/`. */
  dataDir: string;
}

export function publishRuntime(runtime: Runtime): void {
  process.env[RUNTIME] = JSON.stringify(runtime);
}

export function runtime(): Runtime {
  const value = process.env[RUNTIME];
  if (!value) throw new Error('No server under test: run the browser tests with `playwright test` (global-setup.ts)');
  return JSON.parse(value) as Runtime;
}
