// HTTP for the fault runs: every answer is kept (status, Retry-After, the server's error code), and a refused or cut
// connection is an answer too (status 0), so a run can count exactly what a client saw while something was broken.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '@bn/domain';

export interface Reply<T = unknown> {
  /** 0: no HTTP answer (connection refused or cut). */
  status: number;
  retryAfter: string | null;
  appCode: string | null;
  data: T | null;
  ms: number;
  networkError?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 10_000 });

export function closeFaultConnections(): void {
  agent.destroy();
}

function request<T>(method: 'GET' | 'POST', url: string, body: string | null, cookie: string): Promise<Reply<T>> {
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { cookie };
    // A mutation comes from the network's own pages (the CSRF rule, README): its own origin and the SPAs' client header.
    if (body !== null)
      Object.assign(headers, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        origin: new URL(url).origin,
        [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
      });
    const req = http.request(url, { method, agent, headers, timeout: 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) =>
        resolve({
          status: 0,
          retryAfter: null,
          appCode: null,
          data: null,
          ms: performance.now() - started,
          networkError: e.message,
        }),
      );
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let data: T | null = null;
        let appCode: string | null = null;
        try {
          const parsed = JSON.parse(text) as {
            result?: { data: { json: T } };
            error?: { json?: { data?: { appCode?: string } } };
          };
          data = parsed.result?.data.json ?? null;
          appCode = parsed.error?.json?.data?.appCode ?? null;
        } catch {
          // not JSON (should not happen)
        }
        resolve({
          status: res.statusCode ?? 0,
          retryAfter: res.headers['retry-after'] ?? null,
          appCode,
          data,
          ms: performance.now() - started,
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) =>
      resolve({
        status: 0,
        retryAfter: null,
        appCode: null,
        data: null,
        ms: performance.now() - started,
        networkError: e.message,
      }),
    );
    req.end(body ?? undefined);
  });
}

export const mutation = <T>(baseUrl: string, path: string, input: unknown, cookie: string) =>
  request<T>('POST', `${baseUrl}/trpc/${path}`, JSON.stringify({ json: input }), cookie);

export const query = <T>(baseUrl: string, path: string, input: unknown, cookie: string) =>
  request<T>(
    'GET',
    `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
    null,
    cookie,
  );

export const health = (baseUrl: string) => request<never>('GET', `${baseUrl}/health`, null, '');
