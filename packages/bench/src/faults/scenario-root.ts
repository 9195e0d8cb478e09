// Run as root from a directory the `postgres` OS user cannot enter (a clone under /root, mode 700): the server stops
// with one sentence saying what to do — no stack trace, no "undefined", nothing left running.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@bn/db';
import { launch } from './fault-server.js';
import type { Check } from './faults.js';

export async function rootPrivateDirRun(
  main: string,
  log: (line: string) => void,
  check: Check,
): Promise<Record<string, unknown>> {
  if (process.getuid?.() !== 0) {
    log('  root in a private directory: not run (this process is not root; PostgreSQL runs as the invoking user then)');
    return { run: false };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bn-faults-private-'));
  await chmod(dir, 0o700);
  try {
    const { child, output } = launch(main, {
      ...process.env,
      DATA_DIR: path.join(dir, 'data'),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(await freePort()),
      DATABASE_URL: '',
      SEED_DEMO: 'false',
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const lines = output().trim().split('\n');
    check(code === 1, `start as root with DATA_DIR under a mode-700 directory exits 1 (got ${code})`);
    check(
      lines.length === 1 &&
        /cannot enter .*: run the server as an ordinary user/.test(lines[0]!) &&
        !/\bat .*:\d+:\d+|undefined/.test(output()),
      `with one sentence: ${lines.join(' | ').slice(0, 300)}`,
    );
    return { run: true, exit_code: code, message: lines[0] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
