// Starts the real Express app on a free port for HTTP tests, with a test database and two fake built SPAs.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import type { MikroORM } from '@bn/db';
import type { CaseLookupFactory } from '@bn/api';
import { answerClientErrors, createApp } from '../app.js';

export interface TestServer {
  baseUrl: string;
  /** A fetch against the server that also checks the body never carries a stack trace. */
  request(pathname: string, init?: RequestInit): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = unknown>(): T;
}

/** A line of a JavaScript stack trace: "    at fn (file.ts:12:3)" or "at file:///x.js:1:2". */
const STACK_FRAME = /\bat\s+(?:[\w$.<>[\] ]+\s+)?\(?(?:file:\/\/|\/|node:)[^)\s]*:\d+:\d+\)?/;

export function containsStackTrace(body: string): boolean {
  return STACK_FRAME.test(body) || body.includes('"stack"');
}

async function writeFakeSpa(dir: string, title: string): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><title>${title}</title><script src="assets/app.js"></script>`,
  );
  await writeFile(path.join(dir, 'assets', 'app.js'), `console.log(${JSON.stringify(title)});`);
}

export interface TestServerOptions {
  /** Where the app logs; silent when omitted (tests of the log pass one that captures). */
  logger?: Logger;
  /** COOKIE_SECURE as the server reads it; false when omitted. */
  cookieSecure?: boolean | 'auto';
  /** Where case ids are looked up (as CASE_LOOKUP_URL chooses in main.ts); the operator's register when omitted. */
  caseLookup?: CaseLookupFactory;
  /** Calls per API key and minute on /api/v1 (API_RATE_LIMIT); the server's default when omitted. */
  apiRateLimit?: number;
}

export async function startTestServer(orm: MikroORM, options: TestServerOptions = {}): Promise<TestServer> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'bn-test-spa-'));
  await writeFakeSpa(path.join(dist, 'admin'), 'Admin SPA');
  await writeFakeSpa(path.join(dist, 'agent'), 'Agent SPA');
  const app = createApp({
    orm,
    logger: options.logger ?? pino({ level: 'silent' }),
    cookieSecure: options.cookieSecure ?? false,
    adminDist: path.join(dist, 'admin'),
    agentDist: path.join(dist, 'agent'),
    trustProxy: 0,
    caseLookup: options.caseLookup,
    apiRateLimit: options.apiRateLimit,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  answerClientErrors(server);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    async request(pathname, init) {
      const res = await fetch(baseUrl + pathname, { redirect: 'manual', ...init });
      const text = await res.text();
      if (containsStackTrace(text)) throw new Error(`${pathname} answered with a stack trace:\n${text}`);
      return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dist, { recursive: true, force: true });
    },
  };
}
