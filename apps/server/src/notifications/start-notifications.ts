// Wires the notification side of the server from its configuration: the SMTP server to send through (the local one
// when SMTP_URL is not set), the transports and the worker.
import type { Logger } from 'pino';
import type { MikroORM } from '@bn/db';
import { shiftedClock } from '@bn/domain';
import type { ServerEnv } from '../env.js';
import { startLocalSmtpServer, type LocalSmtpServer } from './local-smtp-server.js';
import { buildTransports } from './transports.js';
import { startWorker, type Worker } from './worker.js';

export interface Notifications {
  worker: Worker | null;
  localSmtp: LocalSmtpServer | null;
  stop(): Promise<void>;
}

export async function startNotifications({ env, orm, databaseUrl, logger }: { env: ServerEnv; orm: MikroORM; databaseUrl: string; logger: Logger }): Promise<Notifications> {
  if (!env.worker) return { worker: null, localSmtp: null, stop: async () => {} };
  const localSmtp = env.smtpUrl ? null : await startLocalSmtpServer({ dir: env.mailDir, port: env.localSmtpPort });
  const smtpUrl = env.smtpUrl ?? localSmtp!.url;
  if (localSmtp) logger.info({ smtp: localSmtp.url, dir: localSmtp.dir }, 'local SMTP server started; e-mail is kept there');
  const transports = buildTransports({ smtpUrl, mailFrom: env.mailFrom, logger });
  const worker = await startWorker({ orm, databaseUrl, transports, logger, now: shiftedClock(env.clockOffsetMs) });
  return {
    worker,
    localSmtp,
    async stop() {
      await worker.stop();
      transports.close();
      await localSmtp?.close();
    },
  };
}
