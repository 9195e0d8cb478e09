// A tRPC query over plain HTTP, as the SPA's client sends it: GET /trpc/<path>?input=<superjson>, cookie session.
import { performance } from 'node:perf_hooks';

export interface Timed<T> {
  ms: number;
  data: T;
}

export async function trpcQuery<T>(baseUrl: string, path: string, input: unknown, cookie: string): Promise<Timed<T>> {
  // Inputs here are plain JSON (dates as YYYY-MM-DD strings), so superjson's envelope is just { json }.
  const url = `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { result: { data: { json: T } } };
  return { ms, data: body.result.data.json };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
  };
}
