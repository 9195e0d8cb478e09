// The BUILT server (apps/server/dist/main.js) as a child process on 127.0.0.1, pointed at the bench database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { freePort } from '@bn/db';
import { RUN_WEBHOOK_SECRET_KEY } from './webhook-key.js';

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Peak resident memory of the server so far (Linux VmHWM), in MiB; null where /proc is missing. */
  peakRssMiB(): number | null;
  /** CPU time the server process has used so far (user + system, Linux /proc/<pid>/stat), in ms; null where missing. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become healthy within 60 s:\n${output()}`);
}

export async function startServer(
  main: string,
  databaseUrl: string,
  inherited: Record<string, string | undefined>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  if (!existsSync(main))
    throw new Error(`${main} is missing: build the server first (npx -y pnpm@12.4.2 --filter @bn/server run build).`);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...inherited,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      WEBHOOK_SECRET_KEY: RUN_WEBHOOK_SECRET_KEY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    baseUrl,
    pid: child.pid!,
    peakRssMiB() {
      try {
        const line = readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
        return line ? Math.round(Number(line[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    cpuMs() {
      try {
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th of them, in clock ticks
        // (USER_HZ, 100 on Linux).
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        return null;
      }
    },
    stop,
  };
}
