// The built server (apps/server/dist/main.js) started as a user starts it — `node apps/server/dist/main.js` with its
// environment — so a run can kill it with -9 and start it again with the very same command.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { RUN_WEBHOOK_SECRET_KEY } from '../webhook-key.js';
import { health } from './fault-http.js';

export interface RunningServer {
  pid: number;
  baseUrl: string;
  output(): string;
  exited(): Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM and wait (SIGKILL after 20 s). */
  stop(): Promise<void>;
}

export function launch(
  main: string,
  env: Record<string, string | undefined>,
): { child: ChildProcess; output: () => string } {
  if (!existsSync(main))
    throw new Error(`${main} is missing: build the server first (npx -y pnpm@12.4.2 --filter @bn/server run build).`);
  let output = '';
  const child = spawn(process.execPath, [main], {
    env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', WEBHOOK_SECRET_KEY: RUN_WEBHOOK_SECRET_KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

export async function startServer(
  main: string,
  env: Record<string, string | undefined>,
  timeoutMs = 90_000,
): Promise<RunningServer> {
  const { child, output } = launch(main, env);
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    if ((await health(baseUrl)).status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become healthy within ${timeoutMs / 1000} s:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    pid: child.pid!,
    baseUrl,
    output,
    exited: () => exit,
    kill: (signal) => child.kill(signal),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
