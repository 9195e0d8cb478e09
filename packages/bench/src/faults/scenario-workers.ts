// Two runs on one PostgreSQL with the mail server of the run (SMTP_URL):
//   worker killed mid-send — an HTTP-only server takes bookings while a second process runs the worker; the mail
//     server holds its answers back and the worker is killed with -9 while messages are on the wire, then started
//     again: no notification lost, none doubled;
//   two servers — two server processes, each with its worker, take contended bookings (clients alternate between
//     them, many race for each slot): 0 double bookings, every notification once.
import { freePort, type EmbeddedDatabase } from '@bn/db';
import { startServer } from './fault-server.js';
import { createMigratedDatabase, prepareNetwork, sleep } from './fault-setup.js';
import { startBookingLoad, untilAcknowledged, type Slot } from './fault-load.js';
import { checkBookings, checkNotifications, waitForOutbox } from './fault-checks.js';
import { startSmtpSink } from './smtp-sink.js';
import type { Check } from './faults.js';

const serverEnv = async (url: string, smtpUrl: string, worker: boolean) => ({
  ...process.env,
  DATABASE_URL: url,
  SMTP_URL: smtpUrl,
  PORT: String(await freePort()),
  HOST: '127.0.0.1',
  SEED_DEMO: 'false',
  WORKER: String(worker),
});

export async function workerKillRun(
  main: string,
  pg: EmbeddedDatabase,
  log: (line: string) => void,
  check: Check,
): Promise<Record<string, unknown>> {
  const url = await createMigratedDatabase(pg.adminUrl, 'worker_kill');
  const sink = await startSmtpSink();
  const http = await startServer(main, await serverEnv(url, sink.url, false));
  const workerEnv = await serverEnv(url, sink.url, true);
  let worker = await startServer(main, workerEnv);
  const figures: Record<string, unknown> = {};
  try {
    const net = await prepareNetwork(url);
    sink.setDelay(1500);
    const load = startBookingLoad({
      baseUrl: () => http.baseUrl,
      cookies: net.cookies,
      slots: net.slots,
      nationalIds: net.nationalIds,
      clients: 8,
      keyPrefix: 'wk',
    });
    await untilAcknowledged(load.stats, 60);
    const stats = await load.stop();
    let inFlight = 0;
    for (const end = Date.now() + 30_000; Date.now() < end && (inFlight = sink.inFlight()) < 3;) await sleep(20);
    check(inFlight >= 3, `the worker was killed with ${inFlight} messages on the wire`);
    worker.kill('SIGKILL');
    await worker.exited();
    sink.setDelay(0);
    worker = await startServer(main, workerEnv);
    const outbox = await waitForOutbox(url, 120_000);
    const notifications = await checkNotifications(url, sink.counts());
    check(
      outbox.unsent === 0 && notifications.lost === 0 && notifications.doubled === 0 && notifications.strays === 0,
      `after the worker's restart, ${notifications.emails} e-mails: ${notifications.lost} lost, ${notifications.doubled} doubled (all sent ${outbox.seconds} s after the restart)`,
    );
    Object.assign(figures, {
      acknowledged: stats.acknowledged.length,
      in_flight_at_kill: inFlight,
      emails: notifications.emails,
      lost_emails: notifications.lost,
      doubled_emails: notifications.doubled,
      drained_s: outbox.seconds,
    });
  } finally {
    await Promise.all([http.stop(), worker.stop()]);
    await sink.close();
  }
  log(`  worker killed mid-send: ${JSON.stringify(figures)}`);
  return figures;
}

export async function twoServersRun(
  main: string,
  pg: EmbeddedDatabase,
  log: (line: string) => void,
  check: Check,
): Promise<Record<string, unknown>> {
  const url = await createMigratedDatabase(pg.adminUrl, 'two_servers');
  const sink = await startSmtpSink();
  const servers = await Promise.all([
    startServer(main, await serverEnv(url, sink.url, true)),
    startServer(main, await serverEnv(url, sink.url, true)),
  ]);
  const figures: Record<string, unknown> = {};
  try {
    const net = await prepareNetwork(url, 40);
    // 1,000 attempts at the 100 contended slots, in random order: about ten racers per slot, across both servers.
    let seed = 20261202;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const picks: Slot[] = Array.from(
      { length: 1000 },
      () => net.contended[Math.floor(random() * net.contended.length)]!,
    );
    const load = startBookingLoad({
      baseUrl: (c) => servers[c % 2]!.baseUrl,
      cookies: net.cookies,
      slots: picks,
      nationalIds: net.nationalIds,
      clients: 40,
      keyPrefix: 'two',
    });
    const stats = await load.finished;
    const bookings = await checkBookings(url, stats.acknowledged);
    check(
      bookings.doubleBookings === 0,
      `two servers, ${picks.length} attempts at ${net.contended.length} slots: ${bookings.acknowledged} booked, ${bookings.doubleBookings} double bookings`,
    );
    check(
      bookings.lost === 0 && new Set(stats.acknowledged).size === stats.acknowledged.length,
      `every acknowledged booking there once (${bookings.lost} missing)`,
    );
    check(
      !stats.first500 && !stats.statuses[0],
      `never a 5xx, every request answered (${JSON.stringify(stats.statuses)}; refused ${JSON.stringify(stats.refused)})`,
    );
    const outbox = await waitForOutbox(url, 60_000);
    const notifications = await checkNotifications(url, sink.counts());
    check(
      outbox.unsent === 0 && notifications.lost === 0 && notifications.doubled === 0 && notifications.strays === 0,
      `${notifications.emails} e-mails sent by two workers: ${notifications.lost} lost, ${notifications.doubled} doubled`,
    );
    Object.assign(figures, {
      attempts: picks.length,
      booked: bookings.acknowledged,
      double_bookings: bookings.doubleBookings,
      refused: stats.refused,
      emails: notifications.emails,
      lost_emails: notifications.lost,
      doubled_emails: notifications.doubled,
    });
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.close();
  }
  log(`  two servers: ${JSON.stringify(figures)}`);
  return figures;
}
