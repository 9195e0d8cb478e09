// A server that was stopped for days answers correctly within a minute of reporting healthy: the real server process
// (src/main.ts) started on a clock ten days ahead of the one its data was built on, against a real PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  type TestDatabase,
  type TestUser,
} from '@bn/db/testing';
import { freePort } from '@bn/db';
import { createTimedSetup } from '@bn/api/testing';
import { addDays, osloDate } from '@bn/domain';
import { trpcBody, type TrpcEnvelope } from '../testing/trpc-http.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DAY = 86_400_000;

describe('start-up catch-up of a server stopped for ten days', () => {
  let db: TestDatabase;
  let agent: TestUser;
  let dataDir: string;
  let server: ChildProcess | null = null;
  let output = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em);
    agent = await createUser(em, { role: 'insurer_agent', insurer });
    // Configured "today"; nothing runs for ten days.
    await createTimedSetup(em, { clinic: await createClinic(em), insurer, now: new Date() });
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'bn-catch-up-'));
  });
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    }
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('offers the full horizon of the shifted today within a minute of /health answering', async () => {
    const port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', path.join(here, '../main.ts')], {
      cwd: path.join(here, '../..'),
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: db.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        CLOCK_OFFSET: '+10d',
        ALLOW_CLOCK_SHIFT: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (d: Buffer) => void (output = (output + d.toString()).slice(-4000));
    server.stdout!.on('data', keep);
    server.stderr!.on('data', keep);
    const base = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 60_000; ;) {
      if (server.exitCode !== null) throw new Error(`the server exited:\n${output}`);
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (Date.now() > deadline) throw new Error(`not healthy within 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const healthyAt = Date.now();
    const today = osloDate(new Date(Date.now() + 10 * DAY));
    // A session for the agent, signed in just now on the shifted clock (only its token's hash is stored).
    const token = randomBytes(32).toString('base64url');
    await db.orm.em.fork().execute(
      `insert into session (token_hash, user_id, created_at, expires_at, last_seen_at)
       values (?, ?, now() + interval '10 days', now() + interval '10 days 12 hours', now() + interval '10 days')`,
      [createHash('sha256').update(token).digest('hex'), agent.user.id],
    );
    const lastOffered = async () => {
      const input = encodeURIComponent(trpcBody({ from: addDays(today, 60), to: addDays(today, 75), limit: 100 }));
      const res = await fetch(`${base}/trpc/search.network?input=${input}`, {
        headers: { cookie: `bn_session=${token}` },
      });
      const body = (await res.json()) as TrpcEnvelope<{ hits: { startAt: string }[] }>;
      if (!body.result) throw new Error(`search.network answered ${res.status}: ${JSON.stringify(body.error)}`);
      const hits = body.result?.data.json.hits ?? [];
      return hits.length ? osloDate(new Date(hits[hits.length - 1]!.startAt)) : null;
    };
    let last: string | null = null;
    while (Date.now() - healthyAt < 60_000) {
      last = await lastOffered();
      if (last === addDays(today, 70)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(last).toBe(addDays(today, 70));
    expect(Date.now() - healthyAt).toBeLessThan(60_000);
    // Nothing before the shifted today is offered: the first time is today or later.
    const input = encodeURIComponent(trpcBody({ from: today, to: addDays(today, 3), limit: 1 }));
    const first = (await (
      await fetch(`${base}/trpc/search.network?input=${input}`, { headers: { cookie: `bn_session=${token}` } })
    ).json()) as TrpcEnvelope<{ hits: { startAt: string }[] }>;
    expect(osloDate(new Date(first.result!.data.json.hits[0]!.startAt)) >= today).toBe(true);
  }, 150_000);
});
