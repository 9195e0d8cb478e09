// `pnpm bench:booking`: the BUILT server over HTTP on 127.0.0.1, a fresh database, agents signed in by session rows.
//   0. request costs: the CPU (server, embedded PostgreSQL, this client) of /health, auth.me and a hold on a taken slot.
//   1. contention: 200 clients make 2,000 booking attempts (hold + confirm) at 100 free slots, chosen at random; every
//      tenth attempt is sent twice at once with the same idempotency keys (a client retrying). SQL then proves that
//      no two active appointments overlap and that no key (one patient per attempt) was booked twice.
//   2. latency: 20 clients book distinct free slots, each in its own book, for 10 seconds.
// The last line printed is one JSON object with the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { osloDate } from '@bn/domain';
import { readBenchEnv } from './env.js';
import { createBenchDatabase, type BenchDatabase } from './database.js';
import { startServer, type ServerProcess } from './server-process.js';
import { summarise } from './http-client.js';
import { rng } from './synthetic-network.js';
import { cpuSeconds } from './cpu.js';
import { createBookingAgents, insertBookingNetwork, syntheticNationalIds, TARIFF_CODE } from './booking-network.js';
import { bookOnce, closeBookingConnections, httpGet, trpcMutation, type AttemptResult } from './booking-client.js';

const CONTENTION = { clients: 200, attempts: 2000, retryEvery: 10 };
const LATENCY = { clients: 20, seconds: 10 };

const log = (line: string) => process.stderr.write(`${line}\n`);

/** CPU seconds of the server, the embedded PostgreSQL (its processes run under this one; NaN with DATABASE_URL) and
 * this client since the meter started. */
function cpuMeter(serverPid: number, embeddedPostgres: boolean) {
  const snap = () => ({
    server: cpuSeconds(serverPid),
    pg: embeddedPostgres ? cpuSeconds(process.pid, 'postgres') : NaN,
    client: process.cpuUsage(),
  });
  const start = snap();
  return () => {
    const end = snap();
    const client = process.cpuUsage(start.client);
    return { server: end.server - start.server, pg: end.pg - start.pg, client: (client.user + client.system) / 1e6 };
  };
}

type Cpu = ReturnType<ReturnType<typeof cpuMeter>>;

/** "server 4.9 s (2.5 ms each), PostgreSQL 1.1 s (0.6 ms), bench client 0.9 s (0.4 ms)" for `n` attempts or requests. */
function describeCpu(cpu: Cpu, n: number, each: string): string {
  const part = (name: string, secs: number) =>
    Number.isNaN(secs) ? `${name} n/a` : `${name} ${secs.toFixed(1)} s (${((secs * 1000) / n).toFixed(2)} ms ${each})`;
  return [part('server', cpu.server), part('PostgreSQL', cpu.pg), part('bench client', cpu.client)].join(', ');
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function sqlChecks(client: pg.ClientBase) {
  const count = async (sql: string) =>
    Number((await client.query<{ n: string }>(`select count(*) as n from (${sql}) q`)).rows[0]!.n);
  return {
    booked: await count(
      `select id from appointment where kind = 'booking' and status = 'active' and book_id like 'bench-book-bench-clinic-c-%'`,
    ),
    doubleBookings: await count(
      `select a.id from appointment a join appointment b on a.book_id = b.book_id and a.id < b.id
       where a.status = 'active' and b.status = 'active' and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)`,
    ),
    // One patient per attempt: a patient with two bookings is an attempt (a key) booked twice; and no two confirm keys
    // may name one appointment.
    duplicateKeys:
      (await count(
        `select patient_id from appointment where kind = 'booking' and status = 'active' group by patient_id having count(*) > 1`,
      )) +
      (await count(
        // The stored answer is the api's encoded value (superjson: `json` holds the fields) under the store's `value`.
        `select response->'value'->'json'->>'appointmentId' from idempotency_key where scope like '%/booking.confirm' group by 1 having count(*) > 1`,
      )),
  };
}

async function contention(
  baseUrl: string,
  cookies: string[],
  slots: { bookId: string; typeId: string; startAt: string }[],
  ids: string[],
) {
  const random = rng(20261126);
  const picks = Array.from({ length: CONTENTION.attempts }, () => slots[Math.floor(random() * slots.length)]!);
  let next = 0;
  let retryMismatches = 0;
  const results: AttemptResult[] = [];
  const started = performance.now();
  await Promise.all(
    cookies.slice(0, CONTENTION.clients).map(async (cookie) => {
      for (let i = next++; i < CONTENTION.attempts; i = next++) {
        const attempt = { ...picks[i]!, nationalId: ids[i]!, key: `bench-${i}` };
        if (i % CONTENTION.retryEvery === 0) {
          // The client's retry races its first try: both must get the same answer.
          const [a, b] = await Promise.all([bookOnce(baseUrl, cookie, attempt), bookOnce(baseUrl, cookie, attempt)]);
          if (a.outcome !== b.outcome || a.appointmentId !== b.appointmentId) retryMismatches++;
          results.push(a);
        } else {
          results.push(await bookOnce(baseUrl, cookie, attempt));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, results, retryMismatches };
}

async function latency(
  baseUrl: string,
  cookies: string[],
  slotsPerClient: { bookId: string; typeId: string; startAt: string }[][],
  ids: string[],
) {
  const deadline = performance.now() + LATENCY.seconds * 1000;
  const results: AttemptResult[] = [];
  let n = 0;
  const started = performance.now();
  await Promise.all(
    slotsPerClient.map(async (slots, c) => {
      for (let i = 0; i < slots.length && performance.now() < deadline; i++) {
        const k = n++;
        results.push(
          await bookOnce(baseUrl, cookies[c]!, {
            ...slots[i]!,
            nationalId: ids[k % ids.length]!,
            key: `lat-${c}-${i}`,
          }),
        );
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, results };
}

/**
 * What one request costs the server and the client, on requests that touch little else: `/health` (Express and the
 * HTTP stack), `auth.me` (plus tRPC and the session lookup), and `booking.hold` on a slot that is taken (plus the
 * hold's one read and the SLOT_TAKEN answer: what most contended attempts are). 1,000 requests each, 20 at a time.
 */
async function requestCosts(
  baseUrl: string,
  meter: () => () => Cpu,
  cookies: string[],
  taken: { bookId: string; typeId: string; startAt: string },
) {
  const hold = (i: number, c: number) =>
    trpcMutation(
      baseUrl,
      'booking.hold',
      {
        bookId: taken.bookId,
        typeId: taken.typeId,
        tariffCode: TARIFF_CODE,
        startAt: taken.startAt,
        idempotencyKey: `cost-${i}`,
      },
      cookies[c]!,
    );
  const kinds: [string, (i: number, c: number) => Promise<unknown>][] = [
    ['GET /health', () => httpGet(`${baseUrl}/health`, '')],
    ['GET auth.me', (_i, c) => httpGet(`${baseUrl}/trpc/auth.me`, cookies[c]!)],
    ['booking.hold, slot taken', hold],
  ];
  const run = async (request: (i: number, c: number) => Promise<unknown>, n: number, offset: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, c) => {
        for (let i = next++; i < n; i = next++) await request(offset + i, c);
      }),
    );
  };
  const lines: string[] = [];
  const serverMs: Record<string, number> = {};
  for (const [name, request] of kinds) {
    const n = 1000;
    await run(request, 200, 0);
    // Three runs of 1,000; the line shows the run with the median server CPU.
    const runs: { cpu: Cpu; seconds: number }[] = [];
    for (let r = 0; r < 3; r++) {
      const [cpu, t0] = [meter(), performance.now()];
      await run(request, n, (r + 1) * n);
      runs.push({ cpu: cpu(), seconds: (performance.now() - t0) / 1000 });
    }
    const median = runs.sort((a, b) => a.cpu.server - b.cpu.server)[1]!;
    serverMs[name] = Math.round(((median.cpu.server * 1000) / n) * 100) / 100;
    lines.push(
      `${name}: ${Math.round(n / median.seconds)}/s; CPU ${describeCpu(median.cpu, n, 'each')} (median of 3 runs of ${n})`,
    );
  }
  return { lines, serverMs };
}

async function main(): Promise<void> {
  const env = readBenchEnv();
  let db: BenchDatabase | undefined;
  let server: ServerProcess | undefined;
  let client: pg.Client | undefined;
  const mailDir = await mkdtemp(path.join(os.tmpdir(), 'bn-bench-mail-'));
  try {
    db = await createBenchDatabase(env.databaseUrl, log, env.durability);
    log(`database: ${db.describe}`);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const today = osloDate(new Date());
    const net = await insertBookingNetwork(client, db.url, today, LATENCY.clients);
    const cookies = await createBookingAgents(client, CONTENTION.clients);
    const slotRows = async (books: { bookId: string }[]) =>
      (
        await client!.query<{ book_id: string; type_id: string; start_at: Date }>(
          'select book_id, type_id, start_at from free_slot where book_id = any($1) and start_at > now() order by book_id, start_at',
          [books.map((b) => b.bookId)],
        )
      ).rows.map((r) => ({ bookId: r.book_id, typeId: r.type_id, startAt: r.start_at.toISOString() }));
    const contentionSlots = await slotRows(net.contentionBooks);
    const latencySlots = net.latencyBooks.map(() => [] as { bookId: string; typeId: string; startAt: string }[]);
    for (const s of await slotRows(net.latencyBooks))
      latencySlots[net.latencyBooks.findIndex((b) => b.bookId === s.bookId)]!.push(s);
    log(
      `network: ${contentionSlots.length} contended free slots in 10 books; ${latencySlots.map((s) => s.length).reduce((a, b) => a + b, 0)} in ${latencySlots.length} latency books`,
    );
    if (contentionSlots.length !== 100)
      throw new Error(`expected 100 contended free slots, found ${contentionSlots.length}`);
    const ids = syntheticNationalIds(CONTENTION.attempts + 20_000);

    server = await startServer(env.serverMain, db.url, { ...env.inherited, MAIL_DIR: mailDir }, env.serverNodeArgs);
    log(`server: ${server.baseUrl} (pid ${server.pid})`);
    // Warm-up: connections, JIT and the session cache of a few requests, on slots no one measures.
    for (let i = 0; i < 20; i++)
      await bookOnce(server.baseUrl, cookies[i % cookies.length]!, {
        ...latencySlots[i % latencySlots.length]!.pop()!,
        nationalId: ids[ids.length - 1 - i]!,
        key: `warm-${i}`,
      });

    // The taken slot of the request-cost phase: held once here.
    const taken = latencySlots[0]!.pop()!;
    await bookOnce(server.baseUrl, cookies[0]!, { ...taken, nationalId: ids[ids.length - 30]!, key: 'cost-taken' });
    const pending = async () =>
      Number(
        (await client!.query<{ n: string }>('select count(*) as n from outbox_message where sent_at is null')).rows[0]!
          .n,
      );
    for (let i = 0; i < 50 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
    log(`load average before the runs: ${loadAverage()} (${os.cpus().length} cores)`);
    const serverPid = server.pid;
    const meter = () => cpuMeter(serverPid, !env.databaseUrl);
    const costs = await requestCosts(server.baseUrl, meter, cookies, taken);
    for (const line of costs.lines) log(`request cost: ${line}`);
    if (env.bookingPhases === 'costs') {
      // BENCH_BOOKING_PHASES=costs: only what a request costs the server, for profiling the request path.
      console.log(
        JSON.stringify({
          health_server_cpu_ms: costs.serverMs['GET /health'],
          auth_me_server_cpu_ms: costs.serverMs['GET auth.me'],
          hold_taken_server_cpu_ms: costs.serverMs['booking.hold, slot taken'],
          durability: db.durability,
        }),
      );
      return;
    }
    const cpu1 = meter();
    const run1 = await contention(server.baseUrl, cookies, contentionSlots, ids);
    const used1 = cpu1();
    const checks = await sqlChecks(client);
    const errors1 = run1.results.filter((r) => r.outcome === 'error');
    const booked1 = run1.results.filter((r) => r.outcome === 'booked').length;
    log(
      `contention: ${CONTENTION.attempts} attempts (${CONTENTION.attempts / CONTENTION.retryEvery} retried) in ${run1.seconds.toFixed(2)} s; booked ${booked1}, taken ${run1.results.length - booked1 - errors1.length}, errors ${errors1.length}${errors1[0] ? ` (${errors1[0].error})` : ''}; retry mismatches ${run1.retryMismatches}`,
    );
    log(`  attempt latency ms: ${JSON.stringify(summarise(run1.results.map((r) => r.ms)))}`);
    log(`  CPU: ${describeCpu(used1, CONTENTION.attempts, 'per attempt')}; load average ${loadAverage()}`);
    log(
      `  SQL: ${checks.booked} active bookings in the contended books, ${checks.doubleBookings} overlapping pairs, ${checks.duplicateKeys} keys booked twice`,
    );

    const cpu2 = meter();
    const run2 = await latency(server.baseUrl, cookies, latencySlots, ids.slice(CONTENTION.attempts));
    const booked2 = run2.results.filter((r) => r.outcome === 'booked');
    const errors2 = run2.results.filter((r) => r.outcome !== 'booked');
    const perAttempt = summarise(booked2.map((r) => r.ms));
    log(
      `latency: ${booked2.length} bookings by ${LATENCY.clients} clients in ${run2.seconds.toFixed(2)} s, ${errors2.length} not booked${errors2[0] ? ` (${errors2[0].error ?? errors2[0].outcome})` : ''}`,
    );
    log(`  per booking (hold + confirm) ms: ${JSON.stringify(perAttempt)}`);
    log(`  per request ms: ${JSON.stringify(summarise(booked2.flatMap((r) => r.requestMs)))}`);
    log(
      `  CPU in ${run2.seconds.toFixed(1)} s: ${describeCpu(cpu2(), Math.max(1, booked2.length), 'per booking')} (the worker's notifications included); load average ${loadAverage()}; server peak RSS ${server.peakRssMiB() ?? '?'} MiB`,
    );
    // What the notification worker has not sent when the bookings stop: the target is 0.
    const pendingAtEnd = await pending();
    log(`notifications pending at the end of the latency run: ${pendingAtEnd}`);
    const final = await sqlChecks(client);
    // The built server's worker sends the notifications through its local SMTP server; give it a bounded while.
    for (let i = 0; i < 100 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
    const [sent] = (
      await client.query<{ n: string }>('select count(*) as n from outbox_message where sent_at is not null')
    ).rows;
    log(`notifications: ${sent!.n} sent by the server's worker, ${await pending()} still pending`);

    console.log(
      JSON.stringify({
        attempts: CONTENTION.attempts,
        booked: checks.booked,
        double_bookings: final.doubleBookings,
        duplicate_keys: final.duplicateKeys + run1.retryMismatches,
        contended_attempts_per_s: Math.round(CONTENTION.attempts / run1.seconds),
        uncontended_per_s: Math.round(booked2.length / run2.seconds),
        uncontended_p99_ms: perAttempt.p99,
        notifications_pending: pendingAtEnd,
        durability: db.durability,
      }),
    );
  } finally {
    closeBookingConnections();
    await client?.end().catch(() => {});
    await server?.stop();
    await db?.dispose();
    await rm(mailDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
