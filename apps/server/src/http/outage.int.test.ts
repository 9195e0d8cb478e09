import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm, type MikroORM } from '@bn/db';
import { createTestDatabase, createUser, TEST_PASSWORD, type TestDatabase } from '@bn/db/testing';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy.js';
import { cookiePair, trpcPost, type TrpcEnvelope } from '../testing/trpc-http.js';

// The server's connection to PostgreSQL goes through a proxy the test takes down: PostgreSQL "stopped", then back.
describe('a database outage over HTTP', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let orm: MikroORM;
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const { email } = await createUser(db.orm.em.fork(), { role: 'clinic_admin' });
    proxy = await startTcpProxy(db.url);
    orm = await createOrm({ url: proxy.url, poolMax: 5 });
    server = await startTestServer(orm);
    const signIn = await server.request('/trpc/auth.signIn', trpcPost({ email, password: TEST_PASSWORD }));
    expect(signIn.status).toBe(200);
    cookie = cookiePair(signIn.headers.getSetCookie()[0]!);
  });
  afterAll(async () => {
    await proxy?.up().catch(() => {});
    await server?.close();
    await orm?.close(true);
    await proxy?.close();
    await db?.drop();
  });

  const me = () => server.request('/trpc/auth.me', { headers: { cookie } });

  it('answers 503 with Retry-After and UNAVAILABLE while PostgreSQL is away, and serves again once it is back', async () => {
    expect((await me()).status).toBe(200);
    await proxy.down();

    // The session lookup (before any procedure runs), a procedure's own query, and /health: all 503, never 500.
    for (const res of [await me(), await server.request('/trpc/clinics.list', { headers: { cookie } })]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.json<TrpcEnvelope<never>>().error?.json).toMatchObject({
        message: 'UNAVAILABLE',
        data: { appCode: 'UNAVAILABLE', httpStatus: 503 },
      });
    }
    const health = await server.request('/health');
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('5');
    expect(health.json()).toMatchObject({ status: 'down', down: ['database'], database: 'down' });

    await proxy.up();
    // The pool makes new connections on demand: no restart, the very next request is served.
    const back = await me();
    expect(back.status).toBe(200);
    expect(back.json<TrpcEnvelope<{ role: string }>>().result?.data.json.role).toBe('clinic_admin');
    expect((await server.request('/health')).status).toBe(200);
  });
});
