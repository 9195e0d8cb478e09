// The job runner against a real PostgreSQL and pg-boss: a due run starts exactly once however many workers tick, each
// unit runs once and is retried with backoff on its own when it fails, a worker killed mid-unit (kill -9) leaves the
// unit to the next, and a runner that starts after days away catches up at once.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import {
  createClinic,
  createInsurer,
  createTestDatabase,
  createUser,
  type TestDatabase,
  type TestUser,
} from '@bn/db/testing';
import { RECURRING_JOBS, listJobRuns, type RecurringJob } from '@bn/api';
import { callerAs, createTimedSetup, TestClock } from '@bn/api/testing';
import { addDays, osloDate } from '@bn/domain';
import { startJobs, type JobRunner } from './start-jobs.js';

const logger = pino({ level: 'silent' });
const here = path.dirname(fileURLToPath(import.meta.url));

describe('the job runner', () => {
  let db: TestDatabase;
  let agent: TestUser;
  const clinicIds: string[] = [];
  const runners: JobRunner[] = [];
  const clock = new TestClock(new Date(0)).set('2027-02-01', '10:00');
  const start = async (o: Partial<Parameters<typeof startJobs>[0]> = {}) => {
    const r = await startJobs({
      orm: db.orm,
      databaseUrl: db.url,
      logger,
      now: clock.now,
      tickIntervalMs: 60_000,
      pollingIntervalSeconds: 0.5,
      ...o,
    });
    runners.push(r);
    return r;
  };
  const rows = <T>(sql: string, params: unknown[] = []) => db.orm.em.fork().execute<T[]>(sql, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em);
    agent = await createUser(em, { role: 'insurer_agent', insurer });
    for (let i = 0; i < 4; i++)
      clinicIds.push(
        (await createTimedSetup(em, { clinic: await createClinic(em), insurer, now: clock.now() })).clinicId,
      );
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });
  afterAll(() => db?.drop());

  it('two workers ticking at the same moment start the due run once and run each clinic once; it ends ok', async () => {
    clock.set('2027-02-02', '00:00').advance(20_000);
    const [a, b] = await Promise.all([start(), start()]);
    await Promise.all([a.tick(), b.tick(), a.tick()]);
    expect(await a.idle(30_000)).toBe(true);
    const runs = await rows<{ id: string; units_total: number; units_ok: number; result: string }>(
      `select id, units_total, units_ok, result from job_run where job = 'search-horizon'`,
    );
    expect(runs).toEqual([{ id: 'search-horizon:2027-02-02', units_total: 4, units_ok: 4, result: 'ok' }]);
    const units = await rows<{ unit: string; attempts: number; status: string }>(
      `select unit, attempts, status from job_unit where run_id = 'search-horizon:2027-02-02' order by unit`,
    );
    expect(units).toEqual([...clinicIds].sort().map((unit) => ({ unit, attempts: 1, status: 'ok' })));
    const horizons = await rows<{ through: string }>('select free_time_through::text as through from clinic_horizon');
    expect(horizons.map((h) => h.through)).toEqual(clinicIds.map(() => addDays('2027-02-02', 70)));
    // The operator's view of it: last run, duration, result, next run.
    const [overview] = (await listJobRuns({ em: db.orm.em.fork(), now: clock.now() })).filter(
      (j) => j.job === 'search-horizon',
    );
    expect(overview!.runs[0]).toMatchObject({ period: '2027-02-02', result: 'ok', unitsTotal: 4, unitsOk: 4 });
    expect(overview!.runs[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(overview!.nextRunAt.toISOString()).toBe('2027-02-02T23:00:00.000Z');
  });

  it('a failing clinic is retried with backoff on its own, the others are not held up; one that keeps failing makes the run partial', async () => {
    clock.set('2027-02-03', '00:00').advance(20_000);
    const attempts = new Map<string, number[]>();
    const flaky: RecurringJob = {
      name: 'flaky-test',
      dailyAt: '00:00',
      units: () => Promise.resolve(['a', 'b', 'flaky', 'broken']),
      runUnit: ({ unit }) => {
        attempts.set(unit, [...(attempts.get(unit) ?? []), Date.now()]);
        if (unit === 'broken' || (unit === 'flaky' && attempts.get(unit)!.length < 3))
          return Promise.reject(new Error(`${unit} is down`));
        return Promise.resolve({ done: 1 });
      },
    };
    const runner = await start({ jobs: [flaky], retryLimit: 2, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5 });
    expect(await runner.idle(30_000)).toBe(true);
    expect(attempts.get('a')).toHaveLength(1);
    expect(attempts.get('b')).toHaveLength(1);
    const flakyAt = attempts.get('flaky')!;
    expect(flakyAt).toHaveLength(3);
    // Backoff with the queue's jitter: the first retry waits 1–2 retry delays, the second 2–4.
    expect(flakyAt[1]! - flakyAt[0]!).toBeGreaterThanOrEqual(900);
    expect(flakyAt[2]! - flakyAt[1]!).toBeGreaterThanOrEqual(1900);
    expect(attempts.get('broken')).toHaveLength(3);
    const [run] = await rows<{
      result: string;
      units_ok: number;
      units_failed: number;
      error: string;
      summary: { done: number };
    }>(`select result, units_ok, units_failed, error, summary from job_run where job = 'flaky-test'`);
    expect(run).toMatchObject({ result: 'partial', units_ok: 3, units_failed: 1, error: 'broken: broken is down' });
    expect(Number(run!.summary.done)).toBe(3);
  });

  it('a worker killed mid-unit (kill -9) leaves the unit to the next worker, which finishes the run', async () => {
    clock.set('2027-02-04', '00:00').advance(20_000);
    const blocked = clinicIds[0]!;
    // Hold the clinic's derived-data lock, so the first worker's unit for it waits inside its transaction.
    const lock = new pg.Client({ connectionString: db.url });
    await lock.connect();
    await lock.query(`select pg_advisory_lock(hashtext('derived:' || $1::text))`, [blocked]);
    // The worker runs in this very process (tsx as a loader, not tsx's CLI, which would run it in a grandchild).
    let child: ChildProcess | null = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'testing/jobs-process.ts'), db.url, clock.now().toISOString()],
      {
        cwd: path.join(here, '../..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      // Waiting for the child to start (tsx compiles the worker first: on a loaded machine that takes tens of seconds).
      const deadline = Date.now() + 75_000;
      for (;;) {
        const [u] = await rows<{ status: string }>(
          `select status from job_unit where run_id = 'search-horizon:2027-02-04' and unit = ?`,
          [blocked],
        );
        if (u?.status === 'running') break;
        if (Date.now() > deadline) throw new Error('the first worker never started the unit');
        await new Promise((r) => setTimeout(r, 100));
      }
      child.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
      child = null;
    } finally {
      child?.kill('SIGKILL');
      await lock.query(`select pg_advisory_unlock(hashtext('derived:' || $1::text))`, [blocked]);
      await lock.end();
    }
    // The next worker: the queue notices the unit was cut off (its 3 seconds passed) and hands it over.
    const next = await start({ maintenanceIntervalSeconds: 1, retryDelaySeconds: 1 });
    expect(await next.idle(45_000)).toBe(true);
    const [run] = await rows<{ result: string; units_ok: number }>(
      `select result, units_ok from job_run where id = 'search-horizon:2027-02-04'`,
    );
    expect(run).toEqual({ result: 'ok', units_ok: 4 });
    const [unit] = await rows<{ attempts: number; status: string }>(
      `select attempts, status from job_unit where run_id = 'search-horizon:2027-02-04' and unit = ?`,
      [blocked],
    );
    expect(unit).toEqual({ attempts: 2, status: 'ok' });
    const [h] = await rows<{ through: string }>(
      'select free_time_through::text as through from clinic_horizon where clinic_id = ?',
      [blocked],
    );
    expect(h!.through).toBe(addDays('2027-02-04', 70));
  }, 180_000);

  it('a runner started after ten days away catches up at start-up: the search offers the full horizon again', async () => {
    clock.set('2027-02-14', '15:00');
    const runner = await start();
    expect(await runner.idle(30_000)).toBe(true);
    const caller = await callerAs(db.orm, agent.user, { now: clock.now });
    const today = osloDate(clock.now());
    const hits = (await caller.search.network({ from: addDays(today, 68), to: addDays(today, 70), limit: 100 })).hits;
    expect(hits.map((h) => osloDate(h.startAt))).toContain(addDays(today, 70));
    expect(RECURRING_JOBS.map((j) => j.name)).toEqual(['search-horizon', 'retention']);
    const [retention] = await rows<{ id: string; result: string }>(
      `select id, result from job_run where job = 'retention' order by started_at desc limit 1`,
    );
    expect(retention).toEqual({ id: 'retention:2027-02-14', result: 'ok' });
  });
});
