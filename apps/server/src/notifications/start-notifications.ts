// Wires the notification side of the server from its configuration: the SMTP server to send through (the local one
// when SMTP_URL is not set), the transports and the worker.
import type { Logger } from 'pino';
import type { MikroORM } from '@bn/db';
import { shiftedClock } from '@bn/domain';
import type { ServerEnv } from '../env.js';
import type { HealthProbes, PartState } from '../http/health.js';
import { startLocalSmtpServer, type LocalSmtpServer } from './local-smtp-server.js';
import { buildTransports } from './transports.js';
import { startWorker, type Worker } from './worker.js';

export interface Notifications {
  worker: Worker | null;
  localSmtp: LocalSmtpServer | null;
  /** The worker and mail parts of /health, for the HTTP server in this process. */
  health: Omit<HealthProbes, 'orm'>;
  stop(): Promise<void>;
}

/** Checks the SMTP server at most every 10 s, however often /health is asked. */
function cachedProbe(check: () => Promise<boolean>): () => Promise<PartState> {
  let last: { at: number; state: Promise<PartState> } | null = null;
  return () => {
    if (!last || Date.now() - last.at > 10_000)
      last = {
        at: Date.now(),
        state: check().then(
          (ok) => (ok ? 'ok' : 'down'),
          () => 'down',
        ),
      };
    return last.state;
  };
}

export async function startNotifications({
  env,
  orm,
  databaseUrl,
  logger,
}: {
  env: ServerEnv;
  orm: MikroORM;
  databaseUrl: string;
  logger: Logger;
}): Promise<Notifications> {
  if (!env.worker) return { worker: null, localSmtp: null, health: {}, stop: async () => {} };
  const localSmtp = env.smtpUrl ? null : await startLocalSmtpServer({ dir: env.mailDir, port: env.localSmtpPort });
  const smtpUrl = env.smtpUrl ?? localSmtp!.url;
  if (localSmtp)
    logger.info({ smtp: localSmtp.url, dir: localSmtp.dir }, 'local SMTP server started; e-mail is kept there');
  const transports = buildTransports({ smtpUrl, mailFrom: env.mailFrom, logger });
  const worker = await startWorker({ orm, databaseUrl, transports, logger, now: shiftedClock(env.clockOffsetMs) });
  return {
    worker,
    localSmtp,
    health: { worker: () => worker.health(), mail: cachedProbe(() => transports.verifyMail()) },
    async stop() {
      await worker.stop();
      transports.close();
      await localSmtp?.close();
    },
  };
}
