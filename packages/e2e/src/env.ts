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
