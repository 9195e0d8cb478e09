// @ts-check
// Runs the example, as an insurer's developer would, against the BUILT server (apps/server/dist/main.js) with its own
// embedded PostgreSQL and the demo data, using the demo API key from <data dir>/demo-credentials.json. Every step
// must succeed, the webhook's signature included; turbo runs it after the server's build (turbo.json).
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const root = path.resolve(here, '../../..');
const main = path.join(root, 'apps/server/dist/main.js');

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

/**
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
const runExample = (env) =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(here, 'main.mjs')],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });

describe('the example insurer app against the built server', () => {
  /** @type {import('node:child_process').ChildProcess} */
  let server;
  let output = '';
  let dataDir = '';
  let baseUrl = '';

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error('Build the server first: pnpm build (apps/server/dist/main.js is missing)');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'bn-example-'));
    const port = await freePort();
    server = spawn(process.execPath, [main], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        EMBEDDED_PG_PORT: String(await freePort()),
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (/** @type {Buffer} */ d) => (output += d.toString()));
    server.stderr?.on('data', (/** @type {Buffer} */ d) => (output += d.toString()));
    baseUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${output}`);
      if ((await fetch(`${baseUrl}/health`).catch(() => null))?.ok) break;
      if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  /** The demo key of Storebrand (the demo insurer with an app, and an agreement with the Oslo clinic). */
  const demoKey = async () => {
    /** @type {{ apiKeys: { insurer: string, key: string }[] }} */
    const credentials = JSON.parse(await readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    const entry = credentials.apiKeys.find((k) => k.insurer === 'Storebrand');
    if (!entry)
      throw new Error(
        `No Storebrand key in demo-credentials.json: ${JSON.stringify(credentials.apiKeys.map((k) => k.insurer))}`,
      );
    return entry.key;
  };

  it('lists tariffs, books the earliest slot near 0366 with a case id, and verifies the booking.created webhook', async () => {
    const run = await runExample({
      BN_BASE_URL: baseUrl,
      BN_API_KEY: await demoKey(),
      BN_POSTCODE: '0366',
      BN_SAK_ID: 'EXAMPLE1',
    });
    const lines = run.stdout.split('\n');
    expect(run.stderr, `${run.stdout}\n${run.stderr}\n${output}`).toBe('');
    expect(run.code).toBe(0);
    expect(lines.find((l) => l.startsWith('1. Tariffs this key can book: '))).toMatch(/B\d{4} /);
    expect(lines.find((l) => l.startsWith('2. Earliest free time near 0366: '))).toMatch(
      /^2\. Earliest free time near 0366: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} with .+, \d{4} Oslo \(B\d{4}\)$/,
    );
    expect(lines.find((l) => l.startsWith('4. Booked '))).toMatch(
      /^4\. Booked [0-9A-Z]{4}-[0-9A-Z]{4} \(active\) for case EXAMPLE1: /,
    );
    expect(
      lines.some((l) => l.startsWith('   The retry with the same Idempotency-Key answered the same booking')),
    ).toBe(true);
    // The example skips its webhook step against a server without webhooks (it reads the OpenAPI document); this
    // server has them, so the step is required: registered, received, signature verified, and deactivated after.
    /** @type {{ paths: Record<string, { post?: unknown }> }} */
    const doc = /** @type {any} */ (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json());
    expect(doc.paths['/api/v1/webhooks']?.post, 'POST /api/v1/webhooks in the OpenAPI document').toBeDefined();
    const registered =
      /^3\. Webhook receiver on http:\/\/127\.0\.0\.1:\d+\/bn-webhooks, registered as (\S+) \(secret whsec_/.exec(
        lines.find((l) => l.startsWith('3. ')) ?? '',
      );
    expect(registered, run.stdout).not.toBeNull();
    expect(lines.find((l) => l.startsWith('5. '))).toMatch(
      /^5\. Received booking\.created \S+ for [0-9A-Z]{4}-[0-9A-Z]{4}: signature verified\.$/,
    );
    const booked = /^4\. Booked ([0-9A-Z]{4}-[0-9A-Z]{4}) /.exec(lines.find((l) => l.startsWith('4. ')) ?? '');
    expect(lines.find((l) => l.startsWith('5. '))).toContain(`for ${booked?.[1]}:`);
    // The example deactivates its receiver when it is done: the insurer's list shows it, no longer active.
    const listed = await fetch(`${baseUrl}/api/v1/webhooks`, {
      headers: { authorization: `Bearer ${await demoKey()}` },
    });
    /** @type {{ webhooks: { id: string, active: boolean, events: string[] }[] }} */
    const { webhooks } = /** @type {any} */ (await listed.json());
    expect(webhooks.find((h) => h.id === registered?.[1])).toMatchObject({
      active: false,
      events: ['booking.created'],
    });
    expect(lines).toContain('Done.');
  }, 180_000);

  it('fails, with the problem’s code, when the key is wrong', async () => {
    const run = await runExample({ BN_BASE_URL: baseUrl, BN_API_KEY: 'bnk_0000000000000000_wrong' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Failed: GET \/api\/v1\/tariffs: 401 API_KEY_INVALID/);
  }, 60_000);
});
