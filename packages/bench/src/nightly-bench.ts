// `pnpm bench:nightly`: the nightly job at national scale. Builds the search bench's synthetic network as it stood
// yesterday (offers, free time and the clinics' horizon markers, as configuration changes leave them), starts the BUILT
// server twice — one process serving the agents' searches (WORKER=off), one as the job worker (WORKER=on), whose
// start-up tick runs today's nightly job exactly as a server does after midnight — and measures the job's wall time
// and CPU and the agent search's latency while the job runs, then with the machine quiet again.
// The last line printed is one JSON object with the figures. Design: docs/performance.md, "The nightly job".
import os from 'node:os';
import pg from 'pg';
import { addDays, osloDate, osloInstant } from '@bn/domain';
import { readBenchEnv } from './env.js';
import { createBenchDatabase, type BenchDatabase } from './database.js';
import { syntheticNetwork } from './synthetic-network.js';
import { insertNetwork } from './insert-network.js';
import { deriveSearchData } from './derive.js';
import { createAgents } from './agents.js';
import { startServer } from './server-process.js';
import { loadCases, runSequential, type Runner, type WorkloadResult } from './workloads.js';
import { closeConnections, summarise } from './http-client.js';
import { cpuSeconds } from './cpu.js';

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const cleanups: (() => Promise<void>)[] = [];
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function cleanUp(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((e: unknown) => console.error(`clean-up failed: ${String(e)}`));
}

const describe = (name: string, r: WorkloadResult | ReturnType<typeof summarise>) =>
  `${name}: n=${r.n} p50=${r.p50} ms p95=${r.p95} ms p99=${r.p99} ms max=${r.max} ms`;

async function main(): Promise<void> {
  const env = readBenchEnv();
  const today = osloDate(new Date());
  const yesterday = addDays(today, -1);
  log(
    `bench:nightly — ${env.practitioners} practitioners, the network as built yesterday (${yesterday}); today's nightly job`,
  );
  const db: BenchDatabase = await createBenchDatabase(env.databaseUrl, log, env.durability);
  cleanups.push(() => db.dispose());
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  cleanups.push(() => client.end());

  // 12-week work plans (the example), so the day the job adds (today + 70) is a working day for most books.
  const net = syntheticNetwork(env.practitioners, env.seed, yesterday, 12);
  await insertNetwork(client, net);
  const derived = await deriveSearchData(db.url, net, yesterday, env.seed, log);
  log(
    `network built for ${yesterday}: ${net.clinics.length} clinics, ${derived.offers} offers, ${derived.bookings} bookings, ${derived.freeSlots} free slots`,
  );
  const agents = await createAgents(client, 5);
  const cases = await loadCases(client);

  const search = await startServer(env.serverMain, db.url, { ...env.inherited, WORKER: 'off' }, env.serverNodeArgs);
  cleanups.push(() => search.stop());
  cleanups.push(() => {
    closeConnections();
    return Promise.resolve();
  });
  const runner: Runner = { baseUrl: search.baseUrl, agents, cases, today, seed: env.seed };
  await runSequential(runner, 'search', 200, 1000);
  log(`search server at ${search.baseUrl} (pid ${search.pid}), warmed up with 200 searches`);

  // The job: the worker process's first tick starts today's run and works every clinic's unit.
  log(`load average before the job: ${load()} (${os.cpus().length} CPUs, shared with other sessions)`);
  const pgBefore = cpuSeconds(process.pid, 'postgres');
  const searchBefore = cpuSeconds(search.pid);
  const worker = await startServer(env.serverMain, db.url, { ...env.inherited, WORKER: 'on' }, env.serverNodeArgs);
  cleanups.push(() => worker.stop());
  log(`worker process started (pid ${worker.pid}); searching while the job runs`);
  const samples: number[] = [];
  const runId = `search-horizon:${today}`;
  let run:
    | {
        started_at: Date;
        finished_at: Date | null;
        result: string | null;
        units_total: number | null;
        units_ok: number;
        summary: unknown;
      }
    | undefined;
  for (let round = 0; ; round++) {
    const r = await runSequential(runner, 'search', 20, 10_000 + round);
    samples.push(...r.samples);
    [run] = (
      await client.query<NonNullable<typeof run>>(
        `select started_at, finished_at, result, units_total, units_ok, summary from job_run where id = $1`,
        [runId],
      )
    ).rows;
    if (run?.finished_at) break;
    if (Date.now() - started > 3_600_000) throw new Error('the nightly job did not finish within an hour');
  }
  const workerCpu = cpuSeconds(worker.pid);
  const pgCpu = cpuSeconds(process.pid, 'postgres') - pgBefore;
  const searchCpu = cpuSeconds(search.pid) - searchBefore;
  const wallSeconds = (new Date(run.finished_at).getTime() - new Date(run.started_at).getTime()) / 1000;
  const during = summarise(samples);
  log(`load average after the job: ${load()}`);
  log(
    `nightly job ${runId}: ${run.result}, ${run.units_ok}/${run.units_total} clinics in ${wallSeconds.toFixed(1)} s; ${JSON.stringify(run.summary)}`,
  );
  log(
    `  CPU: worker process ${workerCpu.toFixed(1)} s (start-up included), PostgreSQL ${pgCpu.toFixed(1)} s (the searches' share included), search server ${searchCpu.toFixed(1)} s`,
  );
  log(describe('(a) earliest 20 times while the job ran', during));
  const [check] = (
    await client.query<{ behind: string; past: string }>(
      `select (select count(*) from clinic c where not exists (select 1 from clinic_horizon h where h.clinic_id = c.id and h.free_time_through = $1::date)) as behind,
            (select count(*) from free_slot where start_at < $2::timestamptz) as past`,
      [addDays(today, 70), osloInstant(today, '00:00').toISOString()],
    )
  ).rows;
  log(
    `  afterwards: ${check!.behind} clinics not built through ${addDays(today, 70)}, ${check!.past} free slots left before today`,
  );
  const quiet = await runSequential(runner, 'search', env.queries, 2);
  log(describe('(a) earliest 20 times after the job, same servers', quiet));
  log(`load average at the end: ${load()}`);
  await cleanUp();
  console.log(
    JSON.stringify({
      practitioners: net.practitioners.length,
      clinics: net.clinics.length,
      job_wall_s: Math.round(wallSeconds * 10) / 10,
      job_worker_cpu_s: Math.round(workerCpu * 10) / 10,
      job_postgres_cpu_s: Math.round(pgCpu * 10) / 10,
      search_p95_during_job_ms: during.p95,
      search_p95_after_ms: quiet.p95,
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
