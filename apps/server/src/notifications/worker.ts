// The background worker the server starts: relays outbox rows to the PostgreSQL-backed job queue (pg-boss), sends each
// through its transport, and sweeps expired holds. Every process may run one; the database keeps them from colliding.
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { outboxBacklog, type MikroORM } from '@bn/db';
import {
  createOutboxSender,
  deliverOutboxMessage,
  listUnqueuedOutbox,
  OutboxRowBusy,
  SENDER_BEAT_MS,
  markOutboxQueued,
  sweepExpiredHolds,
  type Transports,
} from '@bn/api';

export const NOTIFICATION_QUEUE = 'notification-send';
const SEND_CONCURRENCY = 5;
const RELAY_BATCH = 200;
// A job whose worker was killed mid-send stays "active" until it expires and the queue's maintenance retries it, so
// both are short: a notification interrupted by a crash goes out within about 40 s, not minutes. A send takes well
// under a second (the SMTP timeouts in transports.ts stop a hung one first), and a retried job that overlaps a slow
// first try finds the row claimed by a live sender and is retried later (deliver-outbox-message.ts).
const NOTIFICATION_QUEUE_OPTIONS = {
  name: NOTIFICATION_QUEUE,
  retryLimit: 10,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 25,
};
const MAINTENANCE_INTERVAL_SECONDS = 10;

export interface WorkerOptions {
  orm: MikroORM;
  databaseUrl: string;
  transports: Transports;
  logger: Logger;
  /** How often the relay looks for new outbox rows. */
  relayIntervalMs?: number;
  /** How often expired holds are swept (30 s in the server). */
  sweepIntervalMs?: number;
  now?: () => Date;
}

export interface Worker {
  /** Hands unqueued outbox rows to the job queue now; returns how many. */
  relayOnce(): Promise<number>;
  sweepOnce(): Promise<number>;
  /** 'down' while the relay or the job queue fails (their last run failed, or none succeeded for 30 s). */
  health(): 'ok' | 'down';
  /** Waits until no outbox row is left unsent or the timeout passes; for tests and the bench. */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Runs `task` every `ms`, never two at once; errors are logged and the next run tries again. */
function every(ms: number, task: () => Promise<unknown>, logger: Logger, what: string): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .catch((err: unknown) => logger.error({ err }, `${what} failed`))
      .finally(() => (running = null));
  }, ms);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export async function startWorker(o: WorkerOptions): Promise<Worker> {
  const now = o.now ?? (() => new Date());
  const boss = new PgBoss({
    connectionString: o.databaseUrl,
    max: 4,
    application_name: 'bn-worker',
    schedule: false,
    maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
  });
  let stopping = false;
  let [lastOkAt, lastFailureAt] = [Date.now(), 0];
  // While stopping, the queue's connections may see the database go away first: not an error worth a page.
  boss.on('error', (err) => {
    lastFailureAt = Date.now();
    if (stopping) o.logger.debug({ err }, 'job queue error while stopping');
    else o.logger.error({ err }, 'job queue error');
  });
  await boss.start();
  await boss.createQueue(NOTIFICATION_QUEUE, NOTIFICATION_QUEUE_OPTIONS);
  // createQueue leaves an existing queue as it was: bring its options up to date too.
  await boss.updateQueue(NOTIFICATION_QUEUE, NOTIFICATION_QUEUE_OPTIONS);
  // This process's sender: claims rows before sending them, and remembers what the receiver took until `sent_at` is
  // written (deliver-outbox-message.ts); its heartbeat tells other workers it is alive.
  const sender = createOutboxSender();
  await sender.beat(o.orm.em.fork()).catch((err: unknown) => o.logger.warn({ err }, 'outbox sender heartbeat failed'));
  // A batch is sent a few at a time: the SMTP transport keeps a small pool of connections. Each job's failure is
  // recorded for that job alone (the rest of the batch completes); when even that cannot be recorded (the database is
  // away), the batch is failed as a whole, so that no failed job is completed with the others.
  const workerId = await boss.work<{ outboxId: string }>(
    NOTIFICATION_QUEUE,
    { pollingIntervalSeconds: 1, batchSize: 20 },
    async (jobs) => {
      const queue = [...jobs];
      const unrecorded: Error[] = [];
      await Promise.all(
        Array.from({ length: Math.min(SEND_CONCURRENCY, queue.length) }, async () => {
          for (let job = queue.shift(); job; job = queue.shift()) {
            const outboxId = job.data.outboxId;
            try {
              const outcome = await deliverOutboxMessage({
                em: o.orm.em.fork(),
                outboxId,
                transports: o.transports,
                sender,
                now,
              });
              if (outcome !== 'sent') o.logger.debug({ outboxId, outcome }, 'notification not sent');
            } catch (err) {
              if (err instanceof OutboxRowBusy) o.logger.debug({ outboxId }, 'notification claimed by a live sender');
              else o.logger.warn({ err, outboxId }, 'notification not sent; the queue retries it');
              const message = err instanceof Error ? err.message : String(err);
              await boss.fail(NOTIFICATION_QUEUE, job.id, { message }).catch((e: unknown) => {
                unrecorded.push(e instanceof Error ? e : new Error('pg-boss could not record the failure'));
              });
            }
          }
        }),
      );
      if (unrecorded[0]) throw unrecorded[0];
    },
  );

  /** Relays every unqueued row now, a batch at a time (bounded: at most 50 batches a run). */
  const relayOnce = async () => {
    let total = 0;
    for (let round = 0; round < 50; round++) {
      const em = o.orm.em.fork();
      const ids = await listUnqueuedOutbox(em, RELAY_BATCH);
      // The job's id is the outbox row's id: a second relay of the same row (after a crash) creates no second job.
      for (const id of ids) await boss.send(NOTIFICATION_QUEUE, { outboxId: id }, { id });
      await markOutboxQueued(em, ids, now());
      total += ids.length;
      if (ids.length) boss.notifyWorker(workerId);
      if (ids.length < RELAY_BATCH) break;
    }
    return total;
  };
  const sweepOnce = () => sweepExpiredHolds({ em: o.orm.em.fork(), now: now() });
  const relayTracked = () =>
    relayOnce().then(
      (n) => ((lastOkAt = Date.now()), n),
      (e: unknown) => {
        lastFailureAt = Date.now();
        throw e;
      },
    );
  const stopRelay = every(o.relayIntervalMs ?? 1000, relayTracked, o.logger, 'outbox relay');
  const stopSweep = every(o.sweepIntervalMs ?? 30_000, sweepOnce, o.logger, 'hold sweeper');
  const stopBeat = every(SENDER_BEAT_MS, () => sender.beat(o.orm.em.fork()), o.logger, 'outbox sender heartbeat');

  return {
    relayOnce,
    sweepOnce,
    health: () => (lastFailureAt > lastOkAt || Date.now() - lastOkAt > 30_000 ? 'down' : 'ok'),
    async drain(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await relayOnce();
        const { waiting } = await outboxBacklog(o.orm.em.fork());
        if (waiting === 0 || Date.now() > deadline) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      stopping = true;
      await stopRelay();
      await stopSweep();
      await stopBeat();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
