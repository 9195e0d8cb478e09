// `pnpm bench:load`: one BUILT server process against a synthetic network (BENCH_LOAD_PRACTITIONERS, 2,000 by
// default) in a fresh PostgreSQL with production durability (fsync, synchronous_commit, full_page_writes on), driven
// for BENCH_LOAD_SECONDS (60) at a steady arrival rate — open loop: requests start on schedule whether or not earlier
// ones have answered, and each is timed from its scheduled start, so a stall shows in the figures instead of slowing
// the load down. 200 agent searches/s (search.network), 50 bookings/s (booking.hold then booking.confirm, each a
// request the agent waits for) and 5 configuration edits/s (templates.upsert by a clinic admin, which re-derives the
// book's free time and the search table). Last line: one JSON object with the figures.
import os from 'node:os';
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { osloDate } from '@bn/domain';
import { readBenchEnv } from './env.js';
import { createBenchDatabase, type BenchDatabase } from './database.js';
import { syntheticNetwork } from './synthetic-network.js';
import { insertNetwork } from './insert-network.js';
import { deriveSearchData } from './derive.js';
import { createAgents, type BenchAgent } from './agents.js';
import { startServer, type ServerProcess } from './server-process.js';
import { loadCases } from './workloads.js';
import { summarise } from './http-client.js';
import { syntheticNationalIds } from './booking-network.js';
import { closeFaultConnections, mutation, query, type Reply } from './faults/fault-http.js';
import { addDays } from '@bn/domain';

const log = (line: string) => process.stderr.write(`${line}\n`);
const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

interface Bookable {
  bookId: string;
  typeId: string;
  startAt: string;
  departmentId: string;
  tariffCode: string;
  insurerIds: string[];
}
interface Template {
  id: string;
  bookId: string;
  clinicId: string;
  name: string;
  windows: unknown[];
  breaks: unknown[];
  cookie: string;
}

/**
 * One free slot per book and day, a few days out, in random order: bookings that never compete for a slot. Not in
 * `editedClinics`: an edit re-derives its clinic's free time, and a slot picked before may not exist after it.
 */
async function bookableSlots(client: pg.ClientBase, n: number, editedClinics: string[]): Promise<Bookable[]> {
  const { rows } = await client.query<{
    book_id: string;
    type_id: string;
    start_at: Date;
    department_id: string;
    code: string;
    insurer_ids: string[];
  }>(
    `select * from (
       select distinct on (s.book_id, (s.start_at at time zone 'Europe/Oslo')::date) s.book_id, s.type_id, s.start_at, s.department_id, t.code, s.insurer_ids
       from search_slot s join tariff t on t.id = s.tariff_id join appointment_book b on b.id = s.book_id
       where b.clinic_id <> all($2) and s.start_at > now() + interval '3 days' and (s.days_ahead is null or s.start_at < now() + s.days_ahead * interval '1 day')
       order by s.book_id, (s.start_at at time zone 'Europe/Oslo')::date, s.start_at
     ) p order by md5(book_id || start_at::text) limit $1`,
    [n, editedClinics],
  );
  return rows.map((r) => ({
    bookId: r.book_id,
    typeId: r.type_id,
    startAt: r.start_at.toISOString(),
    departmentId: r.department_id,
    tariffCode: r.code,
    insurerIds: r.insurer_ids,
  }));
}

/** A clinic admin signed in (session row) for each of `n` clinics, with one week template of that clinic to edit. */
async function editableTemplates(client: pg.ClientBase, n: number): Promise<Template[]> {
  const { rows } = await client.query<{
    id: string;
    book_id: string;
    name: string;
    windows: unknown[];
    breaks: unknown[];
    clinic_id: string;
  }>(
    `select distinct on (b.clinic_id) w.id, w.book_id, w.name, w.windows, w.breaks, b.clinic_id
     from week_template w join appointment_book b on b.id = w.book_id order by b.clinic_id, w.id limit $1`,
    [n],
  );
  const out: Template[] = [];
  for (const [i, r] of rows.entries()) {
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `insert into app_user (id, created_at, email, name, password_hash, role, locale) values ($1, now(), $2, $3, 'bench: session only', 'clinic_admin', 'nb')`,
      [`bench-admin-${i}`, `admin-${i}@bench.test`, `Admin ${i}`],
    );
    await client.query('insert into user_clinic (user_id, clinic_id) values ($1, $2)', [
      `bench-admin-${i}`,
      r.clinic_id,
    ]);
    await client.query(
      `insert into session (token_hash, user_id, created_at, expires_at, last_seen_at) values ($1, $2, now(), now() + interval '1 day', now())`,
      [createHash('sha256').update(token).digest('hex'), `bench-admin-${i}`],
    );
    out.push({
      id: r.id,
      bookId: r.book_id,
      clinicId: r.clinic_id,
      name: r.name,
      windows: r.windows,
      breaks: r.breaks,
      cookie: `bn_session=${token}`,
    });
  }
  return out;
}

interface OpStats {
  ms: number[];
  errors: number;
  firstError: string | null;
  byStatus?: Record<string, number>;
}

/** Starts `total` operations at `rate` per second, on schedule; resolves when every one has answered. */
async function openLoop(
  rate: number,
  total: number,
  op: (i: number) => Promise<Reply[]>,
  stats: OpStats,
): Promise<void> {
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total;) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; i < due; i++) {
      const scheduled = started + (i / rate) * 1000;
      // Timed from the scheduled start: when the client starts a request late, the delay counts in its first request.
      const lag = Math.max(0, performance.now() - scheduled);
      pending.push(
        op(i).then((replies) => {
          replies.forEach((r, k) => {
            stats.ms.push(r.ms + (k === 0 ? lag : 0));
            if (r.status !== 200) {
              stats.errors++;
              const key = `${r.status}${r.appCode ? ` ${r.appCode}` : ''}`;
              (stats.byStatus ??= {})[key] = (stats.byStatus[key] ?? 0) + 1;
              stats.firstError ??= `${r.status} ${r.appCode ?? r.networkError ?? ''}`;
            }
          });
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  // Bounded: what has not answered 30 s after the last scheduled start counts as an error, timed at that moment.
  let finished = 0;
  pending.forEach((p) => void p.then(() => finished++));
  const giveUpAt = performance.now() + 30_000;
  while (finished < pending.length && performance.now() < giveUpAt) await new Promise((r) => setTimeout(r, 50));
  const unanswered = pending.length - finished;
  if (unanswered > 0) {
    stats.errors += unanswered;
    stats.firstError ??= `${unanswered} unanswered 30 s after the load`;
    // At least this long: from the last scheduled start to the give-up.
    for (let k = 0; k < unanswered; k++) stats.ms.push(giveUpAt - (started + (total / rate) * 1000));
  }
}

async function main(): Promise<void> {
  const env = readBenchEnv();
  const { practitioners, seconds, rates: RATES, only } = env.load;
  const today = osloDate(new Date());
  let db: BenchDatabase | undefined;
  let server: ServerProcess | undefined;
  let client: pg.Client | undefined;
  try {
    db = await createBenchDatabase(env.databaseUrl, log, env.durability);
    log(`database: ${db.describe}`);
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const net = syntheticNetwork(practitioners, env.seed, today);
    await insertNetwork(client, net);
    const derived = await deriveSearchData(db.url, net, today, env.seed, () => {});
    await client.query('vacuum analyze');
    log(
      `network: ${net.practitioners.length} practitioners, ${derived.offers} offers, ${derived.freeSlots} free slots, ${derived.bookings} bookings`,
    );
    const agents: BenchAgent[] = await createAgents(client, 50);
    const cases = (await loadCases(client)).searches;
    const templates = await editableTemplates(client, 50);
    const slots = await bookableSlots(
      client,
      RATES.booking * seconds + 200,
      templates.map((t) => t.clinicId),
    );
    const ids = syntheticNationalIds(slots.length);
    if (slots.length < RATES.booking * seconds + 200)
      throw new Error(`only ${slots.length} bookable slots; raise BENCH_LOAD_PRACTITIONERS`);

    server = await startServer(env.serverMain, db.url, { ...env.inherited, LOG_LEVEL: 'warn' }, env.serverNodeArgs);
    log(
      `server: ${server.baseUrl} (pid ${server.pid}); ${cases.length} search cases, ${slots.length} bookable slots, ${templates.length} templates to edit`,
    );
    const agentFor = (insurerIds: string[], i: number) => {
      const own = agents.filter((a) => insurerIds.includes(a.insurerId));
      return (own[i % Math.max(1, own.length)] ?? agents[0]!).cookie;
    };
    const search = (i: number) => {
      const c = cases[(i * 7919) % cases.length]!;
      const agent = agents.filter((a) => a.insurerId === c.insurerId)[i % 10] ?? agents[0]!;
      return query(
        server!.baseUrl,
        'search.network',
        { tariffCode: c.tariffCode, place: c.city, from: today, to: addDays(today, 13), limit: 20 },
        agent.cookie,
      ).then((r) => [r]);
    };
    const book = async (i: number) => {
      const s = slots[i]!;
      const cookie = agentFor(s.insurerIds, i);
      const hold = await mutation<{ holdId: string }>(
        server!.baseUrl,
        'booking.hold',
        {
          bookId: s.bookId,
          typeId: s.typeId,
          tariffCode: s.tariffCode,
          startAt: s.startAt,
          departmentId: s.departmentId,
          idempotencyKey: `load-${i}-hold`,
        },
        cookie,
      );
      if (hold.status !== 200) return [hold];
      const confirm = await mutation(
        server!.baseUrl,
        'booking.confirm',
        {
          holdId: hold.data!.holdId,
          patient: { nationalId: ids[i]!, name: 'Last Pasient', email: `pasient-${i}@load.test` },
          caseId: `LOAD${i}`,
          idempotencyKey: `load-${i}-confirm`,
        },
        cookie,
      );
      return [hold, confirm];
    };
    const edit = (i: number) => {
      const t = templates[i % templates.length]!;
      // Every other edit of a template drops its breaks, the next puts them back: each re-derives the book's free time.
      const breaks = Math.floor(i / templates.length) % 2 === 0 ? [] : t.breaks;
      return mutation(
        server!.baseUrl,
        'templates.upsert',
        { id: t.id, bookId: t.bookId, name: t.name, windows: t.windows, breaks },
        t.cookie,
      ).then((r) => [r]);
    };

    // Warm-up: JIT, connections, caches; not counted.
    const warm: OpStats = { ms: [], errors: 0, firstError: null };
    await openLoop(50, 250, search, warm);
    log(`warmed up (250 searches); load average ${loadAverage()} (${os.cpus().length} cores)`);

    const stats = {
      search: { ms: [], errors: 0, firstError: null } as OpStats,
      booking: { ms: [], errors: 0, firstError: null } as OpStats,
      config: { ms: [], errors: 0, firstError: null } as OpStats,
    };
    const cpuBefore = server.cpuMs();
    const started = performance.now();
    const bookingOffset = 100; // the first slots stay for a rerun's warm-up
    await Promise.all([
      only.includes('search') ? openLoop(RATES.search, RATES.search * seconds, search, stats.search) : null,
      only.includes('booking')
        ? openLoop(RATES.booking, RATES.booking * seconds, (i) => book(i + bookingOffset), stats.booking)
        : null,
      only.includes('config') ? openLoop(RATES.config, RATES.config * seconds, edit, stats.config) : null,
    ]);
    const elapsed = (performance.now() - started) / 1000;
    const requests = stats.search.ms.length + stats.booking.ms.length + stats.config.ms.length;
    const errors = stats.search.errors + stats.booking.errors + stats.config.errors;
    for (const [name, s] of Object.entries(stats))
      log(
        `${name}: ${JSON.stringify(summarise(s.ms))}; errors ${s.errors}${s.firstError ? ` (first: ${s.firstError}; by status ${JSON.stringify(s.byStatus ?? {})})` : ''}`,
      );
    const peak = server.peakRssMiB();
    const cpuAfter = server.cpuMs();
    // The server's own CPU per answered request over the measured phase: what the request path costs, whatever else
    // the machine is doing (wall-clock latencies are not).
    const serverCpuPerRequest =
      cpuBefore !== null && cpuAfter !== null && requests > 0
        ? Math.round(((cpuAfter - cpuBefore) / requests) * 100) / 100
        : null;
    log(
      `server CPU: ${cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : '?'} ms, ${serverCpuPerRequest} ms per request`,
    );
    log(
      `${requests} requests in ${elapsed.toFixed(1)} s; server peak RSS ${peak} MiB; load average ${loadAverage()} (${os.cpus().length} cores)`,
    );
    console.log(
      JSON.stringify({
        seconds: Math.round(elapsed * 10) / 10,
        requests,
        errors,
        search_p95_ms: summarise(stats.search.ms).p95,
        booking_p95_ms: summarise(stats.booking.ms).p95,
        config_p95_ms: summarise(stats.config.ms).p95,
        peak_rss_mb: peak,
        server_cpu_ms_per_request: serverCpuPerRequest,
        durability: db.durability,
      }),
    );
  } finally {
    closeFaultConnections();
    await client?.end().catch(() => {});
    await server?.stop();
    await db?.dispose();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
