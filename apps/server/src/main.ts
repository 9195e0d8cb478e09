// Starts the whole system: database (embedded unless DATABASE_URL), migrations, demo data, background worker and the
// HTTP server — in this one process, or (WEB_CONCURRENCY > 1) in that many forked HTTP processes sharing the port.
// No state lives in an HTTP process (sessions, holds, idempotency keys and the outbox are rows in PostgreSQL), so
// they can be added, crash and be replaced freely (docs/performance.md).
import cluster, { type Worker as ClusterWorker } from 'node:cluster';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import {
  createOrm,
  databaseUnavailable,
  migrate,
  readCredentials,
  resolveDatabase,
  StartupError,
  writeCredentials,
  credentialsPath,
  type MikroORM,
} from '@bn/db';
import { httpCaseLookup, seedDemo, useWebhookSecretKey, type CaseLookupFactory } from '@bn/api';
import { shiftedClock } from '@bn/domain';
import { readServerEnv, type ServerEnv } from './env.js';
import { answerClientErrors, createApp } from './app.js';
import { startNotifications } from './notifications/start-notifications.js';
import { resolveWebhookSecretKey } from './webhooks/secret-key.js';
import { startWebhookWorker } from './webhooks/webhook-worker.js';
import { startJobs } from './jobs/start-jobs.js';
import { createLogger } from './logging.js';
import type { HealthProbes } from './http/health.js';

/** P2: the insurer's case lookup service when CASE_LOOKUP_URL names one; otherwise the API's default, the register. */
function caseLookupOf(env: ServerEnv): CaseLookupFactory | undefined {
  const url = env.caseLookupUrl;
  if (!url) return undefined;
  const lookup = httpCaseLookup({ url });
  return () => lookup;
}

/** Listens with the Express app; `close` stops accepting, lets in-flight requests finish and drops idle connections. */
async function listen(
  env: ServerEnv,
  orm: MikroORM,
  logger: Logger,
  health: Omit<HealthProbes, 'orm'> = {},
): Promise<{ close(): Promise<void> }> {
  const app = createApp({
    orm,
    logger,
    cookieSecure: env.cookieSecure,
    sessionIdleMinutes: env.sessionIdleMinutes,
    apiRateLimit: env.apiRateLimit,
    adminDist: env.adminDist,
    agentDist: env.agentDist,
    trustProxy: env.trustProxy,
    health,
    now: shiftedClock(env.clockOffsetMs),
    caseLookup: caseLookupOf(env),
    publicUrl: env.publicUrl,
    networkContact: env.networkContact,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(env.port, env.host, () => resolve(s));
    s.once('error', reject);
  });
  answerClientErrors(server);
  return {
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
    },
  };
}

function onSignals(shutdown: (signal: string) => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    shutdown(signal).then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (e: unknown) => {
        logger.error({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
}

/**
 * pg-boss completes and fails jobs without awaiting the promise (manager.js `onFetch`), so while the database is away
 * their rejections reach no handler, and Node's default for an unhandled rejection is to exit. A lost connection is
 * not a reason to stop serving (the job is retried when it expires): log it and go on. Anything else still ends the
 * process, as Node would, because it is a bug.
 */
function survivingDatabaseOutages(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (databaseUnavailable(reason)) {
      logger.warn({ err: reason }, 'database unavailable (in a task nobody awaited)');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
}

/** The key the webhook secrets are encrypted with (env.ts, WEBHOOK_SECRET_KEY). */
const webhookKeyOf = (env: ServerEnv) =>
  resolveWebhookSecretKey({ given: env.webhookSecretKey, production: env.production, dataDir: env.db.dataDir });

/** A forked HTTP process: the primary has prepared the database and passes its URL in DATABASE_URL. */
async function httpProcess(): Promise<void> {
  const env = readServerEnv();
  const logger = createLogger({ level: env.logLevel }).child({ httpProcess: cluster.worker?.id });
  survivingDatabaseOutages(logger);
  useWebhookSecretKey(await webhookKeyOf(env));
  const orm = await createOrm({ url: env.db.databaseUrl! });
  const http = await listen(env, orm, logger);
  onSignals(async () => {
    await http.close();
    await orm.close();
  }, logger);
}

/** Forks `count` HTTP processes and replaces any that dies unexpectedly; resolves when all listen. */
async function forkHttpProcesses(
  count: number,
  databaseUrl: string,
  logger: Logger,
): Promise<{ stop(): Promise<void> }> {
  let stopping = false;
  const restarts: number[] = [];
  const fork = () => cluster.fork({ DATABASE_URL: databaseUrl });
  cluster.on('exit', (worker: ClusterWorker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > count * 5) {
      logger.fatal({ httpProcess: worker.id, code, signal }, 'HTTP processes keep exiting; giving up');
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    logger.error({ httpProcess: worker.id, code, signal }, 'HTTP process exited; starting another');
    fork();
  });
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = fork();
      return new Promise<void>((resolve, reject) => {
        worker.once('listening', () => resolve());
        worker.once('exit', (code) => reject(new Error(`HTTP process exited with code ${code} before listening`)));
      });
    }),
  );
  return {
    async stop() {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is ClusterWorker => !!w && !w.isDead());
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

async function main(): Promise<void> {
  const env = readServerEnv();
  const logger = createLogger({ level: env.logLevel });
  survivingDatabaseOutages(logger);
  const startedAt = Date.now();
  // What has started so far, stopped in reverse order on SIGTERM/SIGINT — also when the signal comes during start-up.
  const started: (() => Promise<void>)[] = [];
  onSignals(async () => {
    while (started.length) await started.pop()!();
  }, logger);

  try {
    await start(env, logger, started, startedAt);
  } catch (e) {
    // Stop what did start (the embedded PostgreSQL above all) before the error is reported and the process exits.
    while (started.length) await started.pop()!().catch(() => {});
    throw e;
  }
}

async function start(
  env: ServerEnv,
  logger: Logger,
  started: (() => Promise<void>)[],
  startedAt: number,
): Promise<void> {
  const db = await resolveDatabase(env.db, {
    log: (line) => logger.debug({ postgres: line }),
    note: (message) => logger.warn({ embeddedDatabase: message }, message),
  });
  started.push(() => db.stop());
  useWebhookSecretKey(await webhookKeyOf(env));
  const orm = await createOrm({ url: db.url });
  started.push(() => orm.close());
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');

  if (env.seedDemo) {
    const result = await seedDemo({
      em: orm.em.fork(),
      known: await readCredentials(env.db.dataDir),
      now: shiftedClock(env.clockOffsetMs)(),
    });
    await writeCredentials(env.db.dataDir, result.credentials);
    const lines = result.credentials.users.map((u) => `  ${u.role.padEnd(17)} ${u.email.padEnd(34)} ${u.password}`);
    // The demo's API keys are demo credentials like the passwords: printed here, never logged (pino).
    const keys = result.credentials.apiKeys.map((k) => `  ${k.insurer.padEnd(17)} ${k.key}`);
    process.stdout.write(
      `\nDemo sign-ins (also in ${credentialsPath(env.db.dataDir)}):\n${lines.join('\n')}\n` +
        `\nDemo API keys (insurer apps, /api/v1):\n${keys.join('\n')}\n\n`,
    );
  }

  if (env.clockOffsetMs !== 0)
    logger.warn({ clockOffsetMs: env.clockOffsetMs }, 'the product clock is shifted (CLOCK_OFFSET): for tests only');
  const notifications = await startNotifications({ env, orm, databaseUrl: db.url, logger });
  started.push(() => notifications.stop());
  if (env.worker) {
    // The recurring jobs (README, "Recurring jobs"); their first tick makes up for time the server was stopped.
    const jobs = await startJobs({ orm, databaseUrl: db.url, logger, now: shiftedClock(env.clockOffsetMs) });
    started.push(() => jobs.stop());
    const webhooks = await startWebhookWorker({
      orm,
      databaseUrl: db.url,
      logger,
      now: shiftedClock(env.clockOffsetMs),
    });
    started.push(() => webhooks.stop());
  }
  if (env.webConcurrency > 1) {
    const http = await forkHttpProcesses(env.webConcurrency, db.url, logger);
    started.push(() => http.stop());
  } else {
    const http = await listen(env, orm, logger, notifications.health);
    started.push(() => http.close());
  }
  const base = `http://localhost:${env.port}`;
  logger.info(
    {
      port: env.port,
      embeddedDatabase: db.embedded,
      httpProcesses: env.webConcurrency,
      startupMs: Date.now() - startedAt,
    },
    'server started',
  );
  process.stdout.write(`Admin: ${base}/admin/   Agent: ${base}/agent/   Health: ${base}/health\n`);
}

/** What to print when start-up fails: one sentence for what the person starting it can fix, the error otherwise. */
function startupFailure(e: unknown): string {
  if (e instanceof StartupError) return e.message;
  const { code, port } = (e ?? {}) as { code?: string; port?: number };
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use: stop what listens there, or set PORT to another one.`;
  if (databaseUnavailable(e)) {
    const message = e instanceof Error ? e.message : String(e);
    return `The server cannot reach PostgreSQL (${message}): start it, or point DATABASE_URL at one that runs.`;
  }
  return e instanceof Error ? (e.stack ?? e.message) : `Start-up failed: ${String(e)}`;
}

(cluster.isPrimary ? main() : httpProcess()).catch((e: unknown) => {
  console.error(startupFailure(e));
  process.exit(1);
});
