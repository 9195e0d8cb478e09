// Starts the whole system: database (embedded unless DATABASE_URL), migrations, demo data, HTTP server.
import { pino } from 'pino';
import type { Server } from 'node:http';
import { createOrm, migrate, readCredentials, resolveDatabase, writeCredentials, credentialsPath } from '@bn/db';
import { seedDemo } from '@bn/api';
import { readServerEnv } from './env.js';
import { createApp } from './app.js';
import { startNotifications } from './notifications/start-notifications.js';

async function main(): Promise<void> {
  const env = readServerEnv();
  const logger = pino({
    level: env.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });
  const startedAt = Date.now();
  const db = await resolveDatabase(env.db, (line) => logger.debug({ postgres: line }));
  const orm = await createOrm({ url: db.url });
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');

  if (env.seedDemo) {
    const result = await seedDemo({ em: orm.em.fork(), known: await readCredentials(env.db.dataDir) });
    await writeCredentials(env.db.dataDir, result.credentials);
    const lines = result.credentials.users.map((u) => `  ${u.role.padEnd(17)} ${u.email.padEnd(34)} ${u.password}`);
    process.stdout.write(
      `\nDemo sign-ins (also in ${credentialsPath(env.db.dataDir)}):\n${lines.join('\n')}\n\n`,
    );
  }

  const app = createApp({ orm, logger, cookieSecure: env.cookieSecure, adminDist: env.adminDist, agentDist: env.agentDist, trustProxy: env.trustProxy });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(env.port, env.host, () => resolve(s));
  });
  const notifications = await startNotifications({ env, orm, databaseUrl: db.url, logger });
  const base = `http://localhost:${env.port}`;
  logger.info({ port: env.port, embeddedDatabase: db.embedded, startupMs: Date.now() - startedAt }, 'server started');
  process.stdout.write(`Admin: ${base}/admin/   Agent: ${base}/agent/   Health: ${base}/health\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    // Stop accepting, let in-flight requests finish, then drop idle keep-alive connections.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await notifications.stop();
    await orm.close();
    await db.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
