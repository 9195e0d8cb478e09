// A tRPC query over plain HTTP, as the SPA's client sends it: GET /trpc/<path>?input=<superjson>, cookie session.
// node:http with a keep-alive agent rather than fetch: the client shares the two CPUs with the server it measures,
// so it should cost as little as it can.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface Timed<T> {
  ms: number;
  data: T;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** Closes the kept-alive connections, so the process can exit. */
export function closeConnections(): void {
  agent.destroy();
}

export function trpcQuery<T>(baseUrl: string, path: string, input: unknown, cookie: string): Promise<Timed<T>> {
  // Inputs here are plain JSON (dates as YYYY-MM-DD strings), so superjson's envelope is just { json }.
  const url = `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(url, { agent, headers: { cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - started;
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200)
          return reject(new Error(`${path} answered ${res.statusCode}: ${text.slice(0, 500)}`));
        const body = JSON.parse(text) as { result: { data: { json: T } } };
        resolve({ ms, data: body.result.data.json });
      });
    });
    req.on('error', reject);
  });
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
