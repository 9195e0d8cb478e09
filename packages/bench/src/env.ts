// The benchmark's view of the environment. Nothing else in the bench reads process.env.
import { findRepoRoot } from '@bn/db';
import path from 'node:path';

export interface BenchEnv {
  /** An existing PostgreSQL server; a fresh database is created on it (and dropped after). Unset: embedded, temp dir. */
  databaseUrl: string | undefined;
  practitioners: number;
  /** Timed queries per workload (at least 200). */
  queries: number;
  /** Agents searching at once in the concurrent workload. */
  concurrency: number;
  seed: number;
  serverMain: string;
  /** Extra Node flags for the server process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (BENCH_SERVER_NODE_ARGS). */
  serverNodeArgs: string[];
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
  const { DATABASE_URL, BENCH_PRACTITIONERS, BENCH_QUERIES, BENCH_CONCURRENCY, BENCH_SEED, BENCH_SERVER_NODE_ARGS, ...rest } = process.env;
  return {
    databaseUrl: DATABASE_URL || undefined,
    practitioners: int(BENCH_PRACTITIONERS, 10_000, 10),
    queries: int(BENCH_QUERIES, 300, 200),
    concurrency: int(BENCH_CONCURRENCY, 20, 1),
    seed: int(BENCH_SEED, 20261126, 0),
    serverMain: path.join(root, 'apps/server/dist/main.js'),
    serverNodeArgs: (BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    inherited: rest,
  };
}
