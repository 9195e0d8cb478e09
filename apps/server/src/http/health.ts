import type { Request, Response } from 'express';
import cluster from 'node:cluster';
import { outboxBacklog, RETRY_AFTER_SECONDS, type MikroORM } from '@bn/db';

export type PartState = 'ok' | 'down';

export interface HealthProbes {
  orm: MikroORM;
  /** The background worker of this process (relay and job queue); absent where it runs in another process. */
  worker?: () => PartState;
  /** The mail server this process sends through; absent where mail is sent by another process. */
  mail?: () => Promise<PartState>;
}

/** A notification waiting longer than this, with nothing wrong with it, means nobody relays or sends. */
const BACKLOG_DOWN_SECONDS = 120;

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/**
 * Which part is down: `database`, `worker` (the outbox relay and job queue) and `mail`. 503 with Retry-After when the
 * database does not answer within 2 s (nothing can be served); 200 with `status: "degraded"` when only the worker or
 * mail is down, since bookings and searches still work and notifications wait in the outbox. The worker also counts as
 * down when a notification has waited too long without an error — the one sign there is where it runs elsewhere.
 * `httpProcess` numbers the answering HTTP process (0 when the server runs as one process).
 */
export function healthHandler(probes: HealthProbes) {
  return async (_req: Request, res: Response) => {
    const started = Date.now();
    const httpProcess = cluster.worker?.id ?? 0;
    let oldestWaitingSeconds: number;
    try {
      const backlog = await within(2000, outboxBacklog(probes.orm.em.fork()));
      oldestWaitingSeconds = Math.round(backlog.oldestSeconds);
    } catch {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({
        status: 'down',
        down: ['database'],
        database: 'down',
        worker: 'unknown',
        mail: 'unknown',
        httpProcess,
      });
      return;
    }
    const latencyMs = Date.now() - started;
    const worker: PartState =
      probes.worker?.() === 'down' || oldestWaitingSeconds > BACKLOG_DOWN_SECONDS ? 'down' : 'ok';
    const mail: PartState | 'elsewhere' = probes.mail
      ? await within(3000, probes.mail()).catch(() => 'down' as const)
      : 'elsewhere';
    const down = [...(worker === 'down' ? ['worker'] : []), ...(mail === 'down' ? ['mail'] : [])];
    res.status(200).json({
      status: down.length ? 'degraded' : 'ok',
      down,
      database: 'ok',
      worker,
      mail,
      latencyMs,
      oldestWaitingSeconds,
      httpProcess,
    });
  };
}
