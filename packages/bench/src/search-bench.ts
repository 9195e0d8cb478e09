// `pnpm bench:search`: builds a synthetic national network in a fresh PostgreSQL, starts the built server against
// it and measures the agent's search over HTTP. The last line printed is one JSON object with the figures.
// Design and reference figures: docs/performance.md.
import os from 'node:os';
import pg from 'pg';
import { osloDate } from '@bn/domain';
import { readBenchEnv } from './env.js';
import { createBenchDatabase, type BenchDatabase } from './database.js';
import { syntheticNetwork } from './synthetic-network.js';
import { insertNetwork } from './insert-network.js';
import { deriveSearchData } from './derive.js';
import { createAgents } from './agents.js';
import { startServer, type ServerProcess } from './server-process.js';
import { loadCases, runConcurrent, runSequential, type WorkloadResult } from './workloads.js';
import { closeConnections } from './http-client.js';
import { measureRequestCosts } from './request-costs.js';

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const cleanups: (() => Promise<void>)[] = [];

async function cleanUp(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((e: unknown) => console.error(`clean-up failed: ${String(e)}`));
}

function describe(name: string, r: WorkloadResult): string {
  return `${name}: n=${r.n} p50=${r.p50} ms p95=${r.p95} ms p99=${r.p99} ms max=${r.max} ms mean=${r.mean} ms; ${Math.round(r.nonEmpty * 100)} % with times, ${r.hits} times in all`;
}

async function tableFacts(client: pg.ClientBase): Promise<Record<string, string>> {
  const { rows } = await client.query<{ name: string; rows: string; size: string }>(
    `select c.relname as name, c.reltuples::bigint::text as rows, pg_size_pretty(pg_total_relation_size(c.oid)) as size
     from pg_class c where c.relname in ('offer', 'free_slot', 'appointment', 'search_slot') and c.relkind = 'r' order by 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, `${r.rows} rows, ${r.size} with indexes`]));
}

async function main(): Promise<void> {
  const env = readBenchEnv();
  const today = osloDate(new Date());
  log(
    `bench:search — ${env.practitioners} practitioners, ${env.queries} queries per workload, ${env.concurrency} agents at once, seed ${env.seed}`,
  );

  const db: BenchDatabase = await createBenchDatabase(env.databaseUrl, log, env.durability);
  cleanups.push(() => db.dispose());
  log(`database ready: ${db.describe}`);
  log(
    `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );

  const buildStarted = Date.now();
  const net = syntheticNetwork(env.practitioners, env.seed, today);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cleanups.push(() => client.end());
  await insertNetwork(client, net);
  log(
    `configuration inserted: ${net.clinics.length} clinics, ${net.practitioners.length} practitioners, ${net.books.length} books, ${net.agreements.length} agreements (${((Date.now() - buildStarted) / 1000).toFixed(1)} s)`,
  );
  const derived = await deriveSearchData(db.url, net, today, env.seed, log);
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  log(
    `network built in ${buildSeconds.toFixed(1)} s: ${derived.offers} offers, ${derived.bookings} bookings, ${derived.freeSlots} free slots`,
  );
  const s = derived.seconds;
  log(
    `  time in refreshOffers ${s.offers.toFixed(0)} s, booking inserts ${s.bookings.toFixed(0)} s, refreshFreeTime (with the search table's triggers) ${s.freeTime.toFixed(0)} s (two chunks at a time)`,
  );
  for (const [table, facts] of Object.entries(await tableFacts(client))) log(`  ${table}: ${facts}`);
  const {
    rows: [pgFacts],
  } = await client.query<{ version: string; asserts: string }>(
    "select split_part(version(), ' on ', 1) as version, current_setting('debug_assertions') as asserts",
  );
  log(`${pgFacts?.version ?? 'PostgreSQL'} (debug_assertions ${pgFacts?.asserts ?? '?'})`);

  const agents = await createAgents(client, Math.max(env.concurrency, 5));
  const cases = await loadCases(client);
  log(
    `${agents.length} agents signed in; ${cases.searches.length} insurer × tariff × city and ${cases.practitioners.length} insurer × practitioner combinations to draw from`,
  );

  const server: ServerProcess = await startServer(env.serverMain, db.url, env.inherited, env.serverNodeArgs);
  cleanups.push(() => server.stop());
  cleanups.push(() => {
    closeConnections();
    return Promise.resolve();
  });
  log(`server ${env.serverMain} listening at ${server.baseUrl} (pid ${server.pid})`);

  const runner = { baseUrl: server.baseUrl, agents, cases, today, seed: env.seed };
  await runSequential(runner, 'search', 100, 1000);
  await runSequential(runner, 'practitioner', 100, 2000);
  await runConcurrent(runner, 100, 3000);
  log('warmed up (100 + 100 + 100 queries, not counted)');

  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  log(`load average before measuring: ${load()} (other processes share the ${os.cpus().length} CPUs)`);
  const search = await runSequential(runner, 'search', env.queries, 1);
  log(describe('(a) earliest 20 times, tariff × insurer × city, 14 days', search));
  const single = await runSequential(runner, 'practitioner', env.queries, 2);
  log(describe('(b) one practitioner, 28 days', single));
  const concurrent = await runConcurrent(runner, env.queries, 3);
  log(describe(`(c) (a) with ${agents.length} agents at once`, concurrent));

  log(`load average after measuring: ${load()}`);
  log('in-process costs (no HTTP), p50 / p95 over 300 calls:');
  for (const [what, r] of await measureRequestCosts(db.url, agents[0]!, cases, today, env.seed))
    log(`  ${what}: ${r.p50} / ${r.p95} ms`);
  const targets = [
    ['(a) p95 ≤ 20 ms', search.p95 <= 20],
    ['(b) p95 ≤ 5 ms', single.p95 <= 5],
    ['(c) p95 ≤ 100 ms', concurrent.p95 <= 100],
  ] as const;
  log(`targets: ${targets.map(([t, ok]) => `${t} ${ok ? 'met' : 'MISSED'}`).join('; ')}`);
  log(
    `peak RSS: bench ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB, server ${server.peakRssMiB() ?? '?'} MiB; build ${buildSeconds.toFixed(1)} s; ${derived.freeSlots} free slots`,
  );

  await cleanUp();
  log('cleaned up (server stopped, database removed)');
  console.log(
    JSON.stringify({
      practitioners: net.practitioners.length,
      search_p50_ms: search.p50,
      search_p95_ms: search.p95,
      single_p95_ms: single.p95,
      concurrent_p95_ms: concurrent.p95,
      durability: db.durability,
    }),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main().catch(async (e: unknown) => {
  console.error(e);
  await cleanUp();
  process.exit(1);
});
