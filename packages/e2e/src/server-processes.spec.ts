// The browser tests run against two HTTP processes sharing one port (global-setup.ts). This file shows that both
// answer, and that a session made through one is honoured by the other: nothing lives in one process's memory.
import http from 'node:http';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '@bn/domain';
import { demoUser, expect, test } from './fixtures.js';
import { runtime } from './env.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on its own TCP connection, so the primary hands each to the next HTTP process in turn. */
function request(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const url = new URL(path, runtime().baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

test.describe('several HTTP processes behind one port', () => {
  test('all answer health checks', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => request('/health')));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    const processes = new Set(answers.map((a) => (JSON.parse(a.body) as { httpProcess: number }).httpProcess));
    expect([...processes].sort()).toEqual([1, 2]);
  });

  test('honour a session signed in through either of them', async () => {
    const { email, password, code } = demoUser('insurer_agent');
    const signIn = await request('/trpc/auth.signIn', {
      method: 'POST',
      // As the SPA's browser sends it: same origin, with the client header the server requires of mutations.
      headers: {
        'content-type': 'application/json',
        origin: new URL(runtime().baseUrl).origin,
        [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
      },
      body: JSON.stringify({ json: { email, password, code } }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toMatch(/=/);

    const [healths, mes] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, () => request('/health'))),
      Promise.all(Array.from({ length: 8 }, () => request('/trpc/auth.me', { headers: { cookie } }))),
    ]);
    expect(new Set(healths.map((a) => (JSON.parse(a.body) as { httpProcess: number }).httpProcess)).size).toBe(2);
    for (const me of mes) {
      expect(me.status).toBe(200);
      expect(JSON.parse(me.body)).toMatchObject({ result: { data: { json: { email, role: 'insurer_agent' } } } });
    }
  });
});
