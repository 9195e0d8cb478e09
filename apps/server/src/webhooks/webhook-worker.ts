// The webhook worker the server starts: renders new events, hands due deliveries to the PostgreSQL-backed job queue
// (pg-boss) and sends each attempt (packages/api deliver-webhook.ts). Every process may run one: an attempt is one job
// (its id from delivery and attempt number) and the database claim lets only one worker send it.
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { dueWebhookDeliveries, type MikroORM } from '@bn/db';
import { deliverWebhook, renderWebhookEvents, type WebhookSender } from '@bn/api';

export const WEBHOOK_QUEUE = 'webhook-deliver';
const RELAY_BATCH = 200;
const QUEUE_OPTIONS = { name: WEBHOOK_QUEUE, retryLimit: 0, expireInSeconds: 60 };

export interface WebhookWorkerOptions {
  orm: MikroORM;
  databaseUrl: string;
  logger: Logger;
  now?: () => Date;
  relayIntervalMs?: number;
  /** The first retry's delay and its cap (tests make them short); deliver-webhook.ts's defaults when omitted. */
  backoff?: { firstMs: number; maxMs: number };
  send?: WebhookSender;
}

export interface WebhookWorker {
  relayOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** POSTs with a timeout; a redirect is not followed (it counts as a failure), and only 200 characters are read back. */
export const fetchWebhook: WebhookSender = async (p) => {
  const res = await fetch(p.url, {
    method: 'POST',
    headers: p.headers,
    body: p.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(p.timeoutMs),
  });
  const excerpt = (await res.text().catch(() => '')).slice(0, 200);
  return { status: res.status, excerpt };
};

/** The queue's job id for one attempt of one delivery: the same attempt is one job however often it is relayed. */
function attemptJobId(deliveryId: string, attempt: number): string {
  const h = createHash('sha1').update(`${deliveryId}/${attempt}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function startWebhookWorker(o: WebhookWorkerOptions): Promise<WebhookWorker> {
  const now = o.now ?? (() => new Date());
  const send = o.send ?? fetchWebhook;
  const boss = new PgBoss({
    connectionString: o.databaseUrl,
    max: 3,
    application_name: 'bn-webhooks',
    schedule: false,
    maintenanceIntervalSeconds: 30,
  });
  let stopping = false;
  boss.on('error', (err) =>
    stopping
      ? o.logger.debug({ err }, 'webhook queue error while stopping')
      : o.logger.error({ err }, 'webhook queue error'),
  );
  await boss.start();
  if (!(await boss.getQueue(WEBHOOK_QUEUE))) await boss.createQueue(WEBHOOK_QUEUE, QUEUE_OPTIONS);
  const workerId = await boss.work<{ deliveryId: string; attempt: number }>(
    WEBHOOK_QUEUE,
    { pollingIntervalSeconds: 1, batchSize: 10 },
    async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          const { deliveryId, attempt } = job.data;
          try {
            const outcome = await deliverWebhook({
              em: o.orm.em.fork(),
              deliveryId,
              attempt,
              send,
              now,
              backoff: o.backoff,
            });
            // The delivery id only: the URL may carry the insurer's own tokens, the body a patient's booking.
            if (outcome !== 'delivered')
              o.logger.info({ deliveryId, attempt: attempt + 1, outcome }, 'webhook not delivered');
          } catch (err) {
            // The attempt is due again when its lease ends (deliver-webhook.ts); the queue does not retry the job.
            o.logger.warn(
              { deliveryId, err: err instanceof Error ? err.message : String(err) },
              'webhook attempt failed',
            );
          }
        }),
      );
    },
  );

  const relayOnce = async () => {
    await renderWebhookEvents(o.orm.em.fork(), { now: now() });
    const due = await dueWebhookDeliveries(o.orm.em.fork(), { now: now(), limit: RELAY_BATCH });
    for (const d of due)
      await boss.send(WEBHOOK_QUEUE, { deliveryId: d.id, attempt: d.attempts }, { id: attemptJobId(d.id, d.attempts) });
    if (due.length) boss.notifyWorker(workerId);
    return due.length;
  };
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running || stopping) return;
    running = relayOnce()
      .catch((err: unknown) => o.logger.error({ err }, 'webhook relay failed'))
      .finally(() => (running = null));
  }, o.relayIntervalMs ?? 1000);
  timer.unref();

  return {
    relayOnce,
    async stop() {
      stopping = true;
      clearInterval(timer);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
