// PostgreSQL (the server's DATABASE_URL) stopped for 10 s under booking and search load, then started again: every
// request that needs it is answered 503 with Retry-After, never 500 and never left unanswered; the same server
// process serves again as soon as PostgreSQL is back, and nothing acknowledged is lost.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@bn/db';
import { health } from './fault-http.js';
import { startServer } from './fault-server.js';
import { createMigratedDatabase, prepareNetwork, sleep, tempDir } from './fault-setup.js';
import { startBookingLoad, untilAcknowledged } from './fault-load.js';
import { checkBookings, checkNotifications, waitForOutbox } from './fault-checks.js';
import { startSmtpSink } from './smtp-sink.js';
import type { Check } from './faults.js';

const OUTAGE_MS = 10_000;

export async function outageRun(
  main: string,
  log: (line: string) => void,
  check: Check,
): Promise<Record<string, unknown>> {
  const dir = await tempDir('outage');
  const pgPort = await freePort();
  let pg: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: pgPort,
    ephemeral: true,
  });
  const sink = await startSmtpSink();
  const figures: Record<string, unknown> = {};
  try {
    const url = await createMigratedDatabase(pg.adminUrl, 'outage');
    const server = await startServer(main, {
      ...process.env,
      DATABASE_URL: url,
      SMTP_URL: sink.url,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      WORKER: 'true',
    });
    try {
      const net = await prepareNetwork(url);
      const load = startBookingLoad({
        baseUrl: () => server.baseUrl,
        cookies: net.cookies,
        slots: net.slots,
        nationalIds: net.nationalIds,
        clients: 8,
        keyPrefix: 'outage',
        searchEvery: 2,
        giveUpMs: 60_000,
      });
      await untilAcknowledged(load.stats, 40);
      const before = { ...load.stats.statuses };

      await pg.stop();
      const stoppedAt = Date.now();
      await sleep(300);
      const during = await health(server.baseUrl);
      check(
        during.status === 503 && during.retryAfter !== null,
        `/health while PostgreSQL is stopped: ${during.status}, Retry-After ${during.retryAfter}`,
      );
      if (during.status === 0) log(`  the server is gone; its last output:\n${server.output().slice(-4000)}`);
      await sleep(OUTAGE_MS - (Date.now() - stoppedAt));
      const duringOutage = Object.fromEntries(
        Object.entries(load.stats.statuses).map(([s, n]) => [s, n - (before[Number(s)] ?? 0)]),
      );

      pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: pgPort, ephemeral: true });
      const backAt = Date.now();
      const acknowledgedBack = load.stats.acknowledged.length;
      let recoveredMs = NaN;
      for (; Date.now() - backAt < 30_000; await sleep(20)) {
        if ((await health(server.baseUrl)).status === 200) {
          recoveredMs = Date.now() - backAt;
          break;
        }
      }
      check(
        pg.port === pgPort,
        `PostgreSQL back on its port ${pgPort} after ${Math.round((backAt - stoppedAt) / 100) / 10} s`,
      );
      check(
        recoveredMs <= 1000,
        `the same server process served again ${recoveredMs} ms after PostgreSQL was back (no restart)`,
      );
      await untilAcknowledged(load.stats, 40);
      check(load.stats.acknowledged.length > acknowledgedBack, 'bookings acknowledged again after the outage');
      const stats = await load.stop();

      check((duringOutage[503] ?? 0) > 0, `answers during the outage by status: ${JSON.stringify(duringOutage)}`);
      check(!stats.first500, `never a 5xx other than 503${stats.first500 ? ` (first: ${stats.first500})` : ''}`);
      check(!stats.statuses[0], `every request answered: ${stats.statuses[0] ?? 0} without an answer`);
      check(
        stats.unavailableWithoutRetryAfter === 0,
        `every 503 carried Retry-After (${stats.unavailableWithoutRetryAfter} without)`,
      );
      const bookings = await checkBookings(url, stats.acknowledged);
      check(
        bookings.lost === 0 && bookings.doubleBookings === 0,
        `${bookings.acknowledged} acknowledged bookings: ${bookings.lost} missing, ${bookings.doubleBookings} double`,
      );
      const outbox = await waitForOutbox(url, 90_000);
      const notifications = await checkNotifications(url, sink.counts());
      check(
        outbox.unsent === 0 && notifications.lost === 0 && notifications.doubled === 0 && notifications.strays === 0,
        `${notifications.emails} e-mails: ${notifications.lost} lost, ${notifications.doubled} doubled (${outbox.unsent} unsent)`,
      );
      Object.assign(figures, {
        outage_s: OUTAGE_MS / 1000,
        recovery_ms: recoveredMs,
        during_outage: duringOutage,
        statuses: stats.statuses,
        acknowledged: bookings.acknowledged,
        emails: notifications.emails,
      });
    } finally {
      await server.stop();
    }
  } finally {
    await sink.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
  log(`  PostgreSQL stopped 10 s: ${JSON.stringify(figures)}`);
  return figures;
}
