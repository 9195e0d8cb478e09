// Starts the built server on a free port with its own embedded PostgreSQL and demo data, for the browser tests, and
// adds the test department the specs that book work at (spec-practitioners.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { e2eEnv, inheritedEnv, publishRuntime } from './env.js';
import { seedTestDepartment } from './spec-practitioners.js';

const root = path.resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Asks /health until it answers (a process, not a page: no locator to wait on). */
async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    const res = await fetch(`${url}/health`).catch(() => null);
    if (res?.ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (e2eEnv.baseUrl) {
    publishRuntime({ baseUrl: e2eEnv.baseUrl, dataDir: e2eEnv.dataDir ?? path.join(root, '.data') });
    await seedTestDepartment();
    return async () => {};
  }
  const main = path.join(root, 'apps/server/dist/main.js');
  if (!existsSync(main)) throw new Error('Build first: pnpm build (apps/server/dist/main.js is missing)');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bn-e2e-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...inheritedEnv(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      EMBEDDED_PG_PORT: String(await freePort()),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // Two HTTP processes behind one port, as in production: every browser test also shows that nothing lives in
      // one process's memory (a sign-in, a hold and its confirmation may be answered by different processes).
      WEB_CONCURRENCY: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  publishRuntime({ baseUrl, dataDir });
  await seedTestDepartment();

  return async () => {
    const exited = new Promise((r) => child.once('exit', r));
    const stopping = Date.now();
    child.kill('SIGTERM');
    // The server stops its PostgreSQL before it exits (a shutdown checkpoint); on a loaded machine that takes a while.
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    if (child.exitCode === null && child.signalCode === null) {
      console.error(
        `the server had not exited ${Date.now() - stopping} ms after SIGTERM; killed:\n${output.slice(-2000)}`,
      );
      child.kill('SIGKILL');
    }
    // A PostgreSQL process still finishing its last writes makes one pass of rm meet a directory not yet empty.
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  };
}
