// The benchmark's view of the environment. Nothing else in the bench reads process.env.
import { findRepoRoot } from '@bn/db';
import path from 'node:path';

export type Durability = 'production' | 'fast';

export interface BenchEnv {
  /** An existing PostgreSQL server; a fresh database is created on it (and dropped after). Unset: embedded, temp dir. */
  databaseUrl: string | undefined;
  practitioners: number;
  /** Timed queries per workload (at least 200). */
  queries: number;
  /** Agents searching at once in the concurrent workload. */
  concurrency: number;
  seed: number;
  /**
   * `production` (default): PostgreSQL keeps fsync, synchronous_commit and full_page_writes on, as the server runs it.
   * `fast` (BENCH_DURABILITY=fast): all three off on the embedded server, for a quick look; the figures say so.
   */
  durability: Durability;
  /** bench:booking: `all` (default), or `costs` for the request-cost phase alone (BENCH_BOOKING_PHASES). */
  bookingPhases: 'all' | 'costs';
  serverMain: string;
  /** Extra Node flags for the server process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (BENCH_SERVER_NODE_ARGS). */
  serverNodeArgs: string[];
  /** bench:load: network size, duration, arrivals per second, and which parts of the mix run (all by default). */
  load: {
    practitioners: number;
    seconds: number;
    rates: { search: number; booking: number; config: number };
    only: string[];
  };
  /** The environment the server child process inherits (PATH and the like); the bench sets the rest. */
  inherited: Record<string, string | undefined>;
}

function int(value: string | undefined, fallback: number, min: number): number {
  const n = value === undefined || value === '' ? fallback : Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`Expected an integer ≥ ${min}, got ${value}`);
  return n;
}

export function readBenchEnv(): BenchEnv {
  const root = findRepoRoot();
  const {
    DATABASE_URL,
    BENCH_PRACTITIONERS,
    BENCH_QUERIES,
    BENCH_CONCURRENCY,
    BENCH_SEED,
    BENCH_DURABILITY,
    BENCH_BOOKING_PHASES,
    BENCH_SERVER_NODE_ARGS,
    BENCH_LOAD_PRACTITIONERS,
    BENCH_LOAD_SECONDS,
    BENCH_LOAD_RATES,
    BENCH_LOAD_ONLY,
    ...rest
  } = process.env;
  // BENCH_LOAD_RATES=search:200,booking:50,config:5 and BENCH_LOAD_ONLY=search,booking: to find what a part costs.
  const rates = { search: 200, booking: 50, config: 5 };
  for (const part of (BENCH_LOAD_RATES ?? '').split(',').filter(Boolean)) {
    const [name, rate] = part.split(':');
    if (name && name in rates && Number(rate) > 0) rates[name as keyof typeof rates] = Number(rate);
  }
  const durability = BENCH_DURABILITY || 'production';
  if (durability !== 'production' && durability !== 'fast')
    throw new Error(`BENCH_DURABILITY is 'production' (the default) or 'fast', got ${BENCH_DURABILITY}`);
  return {
    databaseUrl: DATABASE_URL || undefined,
    practitioners: int(BENCH_PRACTITIONERS, 10_000, 10),
    queries: int(BENCH_QUERIES, 300, 200),
    concurrency: int(BENCH_CONCURRENCY, 20, 1),
    seed: int(BENCH_SEED, 20261126, 0),
    durability,
    bookingPhases: BENCH_BOOKING_PHASES === 'costs' ? 'costs' : 'all',
    serverMain: path.join(root, 'apps/server/dist/main.js'),
    serverNodeArgs: (BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    load: {
      practitioners: int(BENCH_LOAD_PRACTITIONERS, 2000, 100),
      seconds: int(BENCH_LOAD_SECONDS, 60, 1),
      rates,
      only: (BENCH_LOAD_ONLY || 'search,booking,config').split(','),
    },
    inherited: rest,
  };
}
