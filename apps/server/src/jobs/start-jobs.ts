// The recurring jobs' runner: ticks the product's clock, starts each job's due run once however many workers tick
// (packages/api/src/use-cases/maintenance), and works the run's units from the PostgreSQL-backed job queue (pg-boss):
// each unit retried with backoff on its own, and — when a worker dies mid-unit (kill -9) — expired by the queue and run
// again by whichever worker is left. Why not pg-boss's own cron: it runs on the database's clock and skips the times it
// missed; a tick on the product's clock makes up for a stopped server at start-up and can be moved by tests.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { unfinishedJobRuns, type MikroORM } from '@bn/db';
import type { Clock } from '@bn/domain';
import { finishJobUnit, RECURRING_JOBS, startJobRun, startJobUnit, type RecurringJob } from '@bn/api';

export interface JobsOptions {
  orm: MikroORM;
  databaseUrl: string;
  logger: Logger;
  now: Clock;
  /** How often due runs are looked for (30 s: a nightly run starts within half a minute of Oslo midnight). */
  tickIntervalMs?: number;
  /** Units this process works at once; more workers (server processes) share the rest. */
  concurrency?: number;
  /** A unit still active after this long counts as cut off (its worker died) and is retried. */
  unitExpireSeconds?: number;
  retryLimit?: number;
  /** Before the first retry; doubles with each (pg-boss backoff). */
  retryDelaySeconds?: number;
  /** How often the queue looks for cut-off units. */
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  jobs?: readonly RecurringJob[];
}

export interface JobRunner {
  /** Starts whatever run is due now (also done every tickIntervalMs, and once at start-up). */
  tick(): Promise<void>;
  /** Waits until every started run is finished; false when the timeout passed first. */
  idle(timeoutMs?: number): Promise<boolean>;
  stop(): Promise<void>;
}

interface UnitData {
  runId: string;
  unit: string;
}

const queueOf = (job: RecurringJob) => `recurring-${job.name}`;

/** Units fetched from the queue at once (then worked one after another). */
const UNIT_BATCH = 10;

/** The queue's job id for a unit: the same unit of the same run is one job, however often it is enqueued. */
function unitJobId(runId: string, unit: string): string {
  const h = createHash('sha1').update(`${runId}/${unit}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Creates the queue unless it exists. Several processes starting at once make pg-boss attach the same partition
 * concurrently, which PostgreSQL may answer with a deadlock: the loser simply tries again.
 */
async function createQueueOnce(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(name)) return;
      await boss.createQueue(name, { name, ...options });
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
    }
  }
}

export async function startJobs(o: JobsOptions): Promise<JobRunner> {
  const jobs = o.jobs ?? RECURRING_JOBS;
  const boss = new PgBoss({
    connectionString: o.databaseUrl,
    max: 3,
    application_name: 'bn-jobs',
    schedule: false,
    maintenanceIntervalSeconds: o.maintenanceIntervalSeconds ?? 60,
  });
  let stopping = false;
  boss.on('error', (err) =>
    stopping ? o.logger.debug({ err }, 'job queue error while stopping') : o.logger.error({ err }, 'job queue error'),
  );
  await boss.start();
  const workerIds = new Map<string, string[]>();
  // Each unit carries its retry and expiry settings (the queue's own are fixed by whoever created it first).
  const unitOptions = {
    retryLimit: o.retryLimit ?? 5,
    retryDelay: o.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: o.unitExpireSeconds ?? 900,
  };
  for (const job of jobs) {
    const name = queueOf(job);
    await createQueueOnce(boss, name, unitOptions);
    const ids: string[] = [];
    for (let i = 0; i < (o.concurrency ?? 1); i++) {
      // A batch at a time, each unit on its own: a failed unit is failed (and retried) alone; the queue completes the
      // rest when the batch returns. A full batch asks for the next at once instead of waiting for the next poll.
      ids.push(
        await boss.work<UnitData>(
          name,
          { batchSize: UNIT_BATCH, includeMetadata: true, pollingIntervalSeconds: o.pollingIntervalSeconds ?? 2 },
          async (batch) => {
            for (const unitJob of batch) {
              if (stopping) throw new Error('the job runner is stopping');
              await runUnit(job, unitJob).catch((err: unknown) =>
                boss.fail(name, unitJob.id, { message: err instanceof Error ? err.message : String(err) }),
              );
            }
            if (batch.length === UNIT_BATCH) for (const id of workerIds.get(job.name) ?? []) boss.notifyWorker(id);
          },
        ),
      );
    }
    workerIds.set(job.name, ids);
  }

  async function runUnit(job: RecurringJob, unitJob: PgBoss.JobWithMetadata<UnitData>): Promise<void> {
    const { runId, unit } = unitJob.data;
    await startJobUnit(o.orm.em.fork(), { runId, unit, now: o.now() });
    const started = performance.now();
    try {
      const summary = await job.runUnit({ em: o.orm.em.fork(), unit, now: o.now() });
      await finishJobUnit(o.orm.em.fork(), {
        runId,
        unit,
        now: o.now(),
        durationMs: performance.now() - started,
        outcome: { status: 'ok', summary },
      });
    } catch (err) {
      const final = unitJob.retryCount >= unitJob.retryLimit;
      o.logger.error(
        { err, job: job.name, runId, unit, attempt: unitJob.retryCount + 1, final },
        final ? 'job unit failed; no retry left' : 'job unit failed; it will be retried',
      );
      const error = err instanceof Error ? err.message : String(err);
      await finishJobUnit(o.orm.em.fork(), {
        runId,
        unit,
        now: o.now(),
        durationMs: performance.now() - started,
        outcome: { status: 'error', error, final },
      }).catch((e: unknown) => o.logger.error({ err: e, runId, unit }, "could not record the job unit's failure"));
      throw err;
    }
  }

  const tick = async () => {
    for (const job of jobs) {
      const name = queueOf(job);
      const started = await startJobRun({
        em: o.orm.em.fork(),
        job,
        now: o.now(),
        enqueue: async (runId, units) => {
          await boss.insert(
            units.map((unit) => ({ id: unitJobId(runId, unit), name, data: { runId, unit }, ...unitOptions })),
          );
        },
      });
      if (started?.planned) {
        o.logger.info({ job: job.name, runId: started.runId }, 'recurring job started');
        for (const id of workerIds.get(job.name) ?? []) boss.notifyWorker(id);
      }
    }
  };

  let ticking: Promise<void> | null = null;
  const tickSafely = () => {
    ticking ??= tick()
      .catch((err: unknown) => o.logger.error({ err }, 'recurring jobs tick failed'))
      .finally(() => (ticking = null));
    return ticking;
  };
  // At start-up: a server that was stopped over a due time makes up for it now.
  await tickSafely();
  const timer = setInterval(() => void tickSafely(), o.tickIntervalMs ?? 30_000);
  timer.unref();

  return {
    tick,
    async idle(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if ((await unfinishedJobRuns(o.orm.em.fork())) === 0) return true;
        if (Date.now() > deadline) return false;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      stopping = true;
      clearInterval(timer);
      await ticking;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
