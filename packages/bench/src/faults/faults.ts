// `pnpm test:faults`: the fault proofs of docs/reliability.md, against the BUILT server (apps/server/dist/main.js)
// started as users start it. Each run prints what it checked; the process exits 1 when any check failed. The last
// line printed is one JSON object with the figures of every run.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { findRepoRoot, startEmbeddedPostgres } from '@bn/db';
import { closeFaultConnections } from './fault-http.js';
import { tempDir } from './fault-setup.js';
import { killRestartRun } from './scenario-kill.js';
import { outageRun } from './scenario-outage.js';
import { twoServersRun, workerKillRun } from './scenario-workers.js';
import { rootPrivateDirRun } from './scenario-root.js';

export type Check = (ok: boolean, what: string) => void;

const log = (line: string) => process.stderr.write(`${line}\n`);
let failed = 0;
const check: Check = (ok, what) => {
  if (!ok) failed++;
  log(`    ${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

async function main(): Promise<void> {
  const main = path.join(findRepoRoot(), 'apps/server/dist/main.js');
  const only = new Set(process.argv.slice(2));
  const want = (name: string) => only.size === 0 || only.has(name);
  const started = Date.now();
  const figures: Record<string, unknown> = {};
  log(
    `fault runs against ${main}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (${os.cpus().length} cores)`,
  );
  const run = async (name: string, what: string, body: () => Promise<Record<string, unknown>>) => {
    if (!want(name)) return;
    log(`${what}`);
    const t = Date.now();
    try {
      figures[name] = { ...(await body()), seconds: Math.round((Date.now() - t) / 1000) };
    } catch (e) {
      check(false, `${name} did not finish: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  };
  await run('root', 'Root in a private directory', () => rootPrivateDirRun(main, log, check));
  await run('kill', 'kill -9 of the server under booking load, started again with the same command', () =>
    killRestartRun(main, log, check),
  );
  await run('outage', 'PostgreSQL stopped for 10 s under load', () => outageRun(main, log, check));
  if (want('worker') || want('two')) {
    const dir = await tempDir('shared');
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 0, ephemeral: true });
    try {
      await run('worker', 'The worker killed mid-send', () => workerKillRun(main, pg, log, check));
      await run('two', 'Two server processes on one PostgreSQL under contended booking load', () =>
        twoServersRun(main, pg, log, check),
      );
    } finally {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }
  closeFaultConnections();
  log(`${failed ? `${failed} check(s) FAILED` : 'every check held'} in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(JSON.stringify({ seconds: Math.round((Date.now() - started) / 1000), failed, ...figures }));
  if (failed) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
