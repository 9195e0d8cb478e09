// `pnpm bench:booking`: the BUILT server over HTTP on 127.0.0.1, a fresh database, agents signed in by session rows.
//   1. contention: 200 clients make 2,000 booking attempts (hold + confirm) at 100 free slots, chosen at random; every
//      tenth attempt is sent twice at once with the same idempotency keys (a client retrying). SQL then proves that
//      no two active appointments overlap and that no key (one patient per attempt) was booked twice.
//   2. latency: 20 clients book distinct free slots, each in its own book, for 10 seconds.
// The last line printed is one JSON object with the figures.
import { readFileSync } from 'node:fs';
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
import { createBookingAgents, insertBookingNetwork, syntheticNationalIds } from './booking-network.js';
import { bookOnce, closeBookingConnections, type AttemptResult } from './booking-client.js';

const CONTENTION = { clients: 200, attempts: 2000, retryEvery: 10 };
const LATENCY = { clients: 20, seconds: 10 };

const log = (line: string) => process.stderr.write(`${line}\n`);

/** CPU seconds a process has used (Linux /proc), to tell the server's cost from the client's and the machine's load. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');

async function sqlChecks(client: pg.ClientBase) {
  const count = async (sql: string) => Number((await client.query<{ n: string }>(`select count(*) as n from (${sql}) q`)).rows[0]!.n);
  return {
    booked: await count(`select id from appointment where kind = 'booking' and status = 'active' and book_id like 'bench-book-bench-clinic-c-%'`),
    doubleBookings: await count(
      `select a.id from appointment a join appointment b on a.book_id = b.book_id and a.id < b.id
       where a.status = 'active' and b.status = 'active' and tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)`,
    ),
    // One patient per attempt: a patient with two bookings is an attempt (a key) booked twice; and no two confirm keys
    // may name one appointment.
    duplicateKeys:
      (await count(`select patient_id from appointment where kind = 'booking' and status = 'active' group by patient_id having count(*) > 1`)) +
      (await count(`select response->'json'->>'appointmentId' from idempotency_key where scope like '%/booking.confirm' group by 1 having count(*) > 1`)),
  };
}

async function contention(baseUrl: string, cookies: string[], slots: { bookId: string; typeId: string; startAt: string }[], ids: string[]) {
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

async function latency(baseUrl: string, cookies: string[], slotsPerClient: { bookId: string; typeId: string; startAt: string }[][], ids: string[]) {
  const deadline = performance.now() + LATENCY.seconds * 1000;
  const results: AttemptResult[] = [];
  let n = 0;
  const started = performance.now();
  await Promise.all(
    slotsPerClient.map(async (slots, c) => {
      for (let i = 0; i < slots.length && performance.now() < deadline; i++) {
        const k = n++;
        results.push(await bookOnce(baseUrl, cookies[c]!, { ...slots[i]!, nationalId: ids[k % ids.length]!, key: `lat-${c}-${i}` }));
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, results };
}

async function main(): Promise<void> {
  const env = readBenchEnv();
  let db: BenchDatabase | undefined;
  let server: ServerProcess | undefined;
  let client: pg.Client | undefined;
  const mailDir = await mkdtemp(path.join(os.tmpdir(), 'bn-bench-mail-'));
  try {
    db = await createBenchDatabase(env.databaseUrl, log);
    log(`database: ${db.describe}`);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const today = osloDate(new Date());
    const net = await insertBookingNetwork(client, db.url, today, LATENCY.clients);
    const cookies = await createBookingAgents(client, CONTENTION.clients);
    const slotRows = async (books: { bookId: string }[]) =>
      (await client!.query<{ book_id: string; type_id: string; start_at: Date }>(
        'select book_id, type_id, start_at from free_slot where book_id = any($1) and start_at > now() order by book_id, start_at',
        [books.map((b) => b.bookId)],
      )).rows.map((r) => ({ bookId: r.book_id, typeId: r.type_id, startAt: r.start_at.toISOString() }));
    const contentionSlots = await slotRows(net.contentionBooks);
    const latencySlots = net.latencyBooks.map(() => [] as { bookId: string; typeId: string; startAt: string }[]);
    for (const s of await slotRows(net.latencyBooks)) latencySlots[net.latencyBooks.findIndex((b) => b.bookId === s.bookId)]!.push(s);
    log(`network: ${contentionSlots.length} contended free slots in 10 books; ${latencySlots.map((s) => s.length).reduce((a, b) => a + b, 0)} in ${latencySlots.length} latency books`);
    if (contentionSlots.length !== 100) throw new Error(`expected 100 contended free slots, found ${contentionSlots.length}`);
    const ids = syntheticNationalIds(CONTENTION.attempts + 20_000);

    server = await startServer(env.serverMain, db.url, { ...env.inherited, MAIL_DIR: mailDir });
    log(`server: ${server.baseUrl} (pid ${server.pid})`);
    // Warm-up: connections, JIT and the session cache of a few requests, on slots no one measures.
    for (let i = 0; i < 20; i++) await bookOnce(server.baseUrl, cookies[i % cookies.length]!, { ...latencySlots[i % latencySlots.length]!.pop()!, nationalId: ids[ids.length - 1 - i]!, key: `warm-${i}` });

    log(`load average before the runs: ${loadAverage()} (${os.cpus().length} cores)`);
    const [server0, client0] = [cpuSeconds(server.pid), process.cpuUsage()];
    const run1 = await contention(server.baseUrl, cookies, contentionSlots, ids);
    const [server1, client1] = [cpuSeconds(server.pid), process.cpuUsage(client0)];
    const checks = await sqlChecks(client);
    const errors1 = run1.results.filter((r) => r.outcome === 'error');
    const booked1 = run1.results.filter((r) => r.outcome === 'booked').length;
    log(`contention: ${CONTENTION.attempts} attempts (${CONTENTION.attempts / CONTENTION.retryEvery} retried) in ${run1.seconds.toFixed(2)} s; booked ${booked1}, taken ${run1.results.length - booked1 - errors1.length}, errors ${errors1.length}${errors1[0] ? ` (${errors1[0].error})` : ''}; retry mismatches ${run1.retryMismatches}`);
    log(`  attempt latency ms: ${JSON.stringify(summarise(run1.results.map((r) => r.ms)))}`);
    log(`  CPU: server ${(server1 - server0).toFixed(1)} s, bench client ${((client1.user + client1.system) / 1e6).toFixed(1)} s; load average ${loadAverage()}`);
    log(`  SQL: ${checks.booked} active bookings in the contended books, ${checks.doubleBookings} overlapping pairs, ${checks.duplicateKeys} keys booked twice`);

    const server2 = cpuSeconds(server.pid);
    const run2 = await latency(server.baseUrl, cookies, latencySlots, ids.slice(CONTENTION.attempts));
    const booked2 = run2.results.filter((r) => r.outcome === 'booked');
    const errors2 = run2.results.filter((r) => r.outcome !== 'booked');
    const perAttempt = summarise(booked2.map((r) => r.ms));
    log(`latency: ${booked2.length} bookings by ${LATENCY.clients} clients in ${run2.seconds.toFixed(2)} s, ${errors2.length} not booked${errors2[0] ? ` (${errors2[0].error ?? errors2[0].outcome})` : ''}`);
    log(`  per booking (hold + confirm) ms: ${JSON.stringify(perAttempt)}`);
    log(`  per request ms: ${JSON.stringify(summarise(booked2.flatMap((r) => r.requestMs)))}`);
    log(`  CPU: server ${(cpuSeconds(server.pid) - server2).toFixed(1)} s in ${run2.seconds.toFixed(1)} s; load average ${loadAverage()}; server peak RSS ${server.peakRssMiB() ?? '?'} MiB`);
    const final = await sqlChecks(client);
    // The built server's worker sends the notifications through its local SMTP server; give it a bounded while.
    const pending = async () => Number((await client!.query<{ n: string }>('select count(*) as n from outbox_message where sent_at is null')).rows[0]!.n);
    for (let i = 0; i < 100 && (await pending()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
    const [sent] = (await client.query<{ n: string }>('select count(*) as n from outbox_message where sent_at is not null')).rows;
    log(`notifications: ${sent!.n} sent by the server's worker, ${await pending()} still pending`);

    console.log(JSON.stringify({
      attempts: CONTENTION.attempts,
      booked: checks.booked,
      double_bookings: final.doubleBookings,
      duplicate_keys: final.duplicateKeys + run1.retryMismatches,
      contended_attempts_per_s: Math.round(CONTENTION.attempts / run1.seconds),
      uncontended_per_s: Math.round(booked2.length / run2.seconds),
      uncontended_p99_ms: perAttempt.p99,
    }));
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
