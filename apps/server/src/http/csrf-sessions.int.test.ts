// CSRF, cookies and caching over HTTP (issue 10): mutations only from our own pages, the Secure flag by default,
// no stored answers, no national id in a URL, and Retry-After when sign-in is throttled.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  createTestNetwork,
  TEST_PASSWORD,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { createSessionToken } from '@bn/api/testing';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, SIGN_IN_THROTTLE } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { SPA_HEADERS, trpcBody, trpcPost, trpcQueryPath, type TrpcEnvelope } from '../testing/trpc-http.js';

describe('requests from other sites, cookies and caching', () => {
  let db: TestDatabase;
  let server: TestServer;
  let network: TestNetwork;
  const cookieOf = async (role: keyof TestNetwork['users']) =>
    `bn_session=${await createSessionToken(db.orm, network.users[role].user)}`;
  const signedIn = async (cookie: string) =>
    (await server.request('/trpc/auth.me', { headers: { cookie } })).json<TrpcEnvelope<{ role: string } | null>>()
      .result?.data.json ?? null;
  const signOut = (
    cookie: string,
    headers: Record<string, string>,
    body = trpcBody(undefined),
    contentType = 'application/json',
  ) =>
    server.request('/trpc/auth.signOut', {
      method: 'POST',
      headers: { 'content-type': contentType, cookie, ...headers },
      body,
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.orm);
    network = await createTestNetwork(db.orm.em.fork());
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('refuses a mutation from another origin with 403 CROSS_SITE_REQUEST, and the user stays signed in', async () => {
    const cookie = await cookieOf('clinic_admin');
    const host = new URL(server.baseUrl).host;
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example', [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
      { origin: `http://${host}.evil.example`, [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
      { origin: 'null', [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
      { 'sec-fetch-site': 'cross-site', [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
      { 'sec-fetch-site': 'same-site', origin: server.baseUrl, [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
      // Same origin, but without the header our SPAs send: a form or a plain fetch of some page on this host.
      { origin: server.baseUrl },
      { 'sec-fetch-site': 'same-origin', [CLIENT_HEADER]: 'something-else' },
      // Neither Origin nor Sec-Fetch-Site: not a browser on one of our pages.
      { [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
    ];
    for (const headers of refused) {
      const res = await signOut(cookie, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toEqual({
        error: {
          code: 'CROSS_SITE_REQUEST',
          message: 'Forespørselen kom ikke fra Behandlernettverkets egne sider. Last siden på nytt.',
        },
      });
    }
    expect(await signedIn(cookie)).toMatchObject({ role: 'clinic_admin' });
  });

  it('refuses a cross-site form POST that would sign the user out', async () => {
    const cookie = await cookieOf('clinic_admin');
    const form = await signOut(
      cookie,
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      'x=1',
      'application/x-www-form-urlencoded',
    );
    expect(form.status).toBe(403);
    const multipart = await signOut(
      cookie,
      { origin: 'https://evil.example' },
      '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--',
      'multipart/form-data; boundary=b',
    );
    expect(multipart.status).toBe(403);
    expect(await signedIn(cookie)).toMatchObject({ role: 'clinic_admin' });
  });

  it('answers a mutation from our own pages: same Origin or Sec-Fetch-Site, with the client header', async () => {
    const a = await cookieOf('clinic_admin');
    expect((await signOut(a, { origin: server.baseUrl, [CLIENT_HEADER]: CLIENT_HEADER_VALUE })).status).toBe(200);
    expect(await signedIn(a)).toBeNull();
    const b = await cookieOf('clinic_admin');
    expect((await signOut(b, SPA_HEADERS)).status).toBe(200);
    expect(await signedIn(b)).toBeNull();
  });

  it('refuses a JSON mutation that is not JSON (415), and a query a browser marks as cross-site (403)', async () => {
    const cookie = await cookieOf('clinic_admin');
    expect((await signOut(cookie, SPA_HEADERS, '{}', 'text/plain')).status).toBe(415);
    const crossSite = await server.request('/trpc/auth.me', { headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    // Typed into the address bar ("none") or from our own page: answered.
    expect((await server.request('/trpc/auth.me', { headers: { cookie, 'sec-fetch-site': 'none' } })).status).toBe(200);
  });

  it('marks every /trpc answer Cache-Control: no-store, patient cards and refusals alike', async () => {
    const cookie = await cookieOf('clinic_admin');
    const answers = [
      await server.request('/trpc/auth.me', { headers: { cookie } }),
      await server.request(trpcQueryPath('patients.get', { patientId: 'no-such-patient' }), { headers: { cookie } }),
      await server.request('/trpc/clinics.list'),
      await signOut(cookie, { origin: 'https://evil.example' }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 404, 401, 403]);
    for (const a of answers) expect(a.headers.get('cache-control')).toBe('no-store');
  });

  it('takes a national id only in a POST body: patients.findByNationalId and patients.search are refused as a GET', async () => {
    const cookie = await cookieOf('clinic_admin');
    const input = { clinicId: network.clinicA.id, nationalId: '04819012372' };
    const get = await server.request(trpcQueryPath('patients.findByNationalId', input), { headers: { cookie } });
    expect(get.status).toBe(405);
    const post = await server.request('/trpc/patients.findByNationalId', trpcPost(input, cookie));
    expect(post.status).toBe(200);
    expect(post.json<TrpcEnvelope<unknown>>().result?.data.json).toBeNull();
    // The patient list's search, whose words are often a national id or a name, likewise.
    const search = { clinicId: network.clinicA.id, query: '04819012372' };
    expect((await server.request(trpcQueryPath('patients.search', search), { headers: { cookie } })).status).toBe(405);
    const found = await server.request('/trpc/patients.search', trpcPost(search, cookie));
    expect(found.status).toBe(200);
    expect(found.json<TrpcEnvelope<unknown>>().result?.data.json).toEqual([]);
  });

  it('says when to try again: a throttled sign-in is 429 with Retry-After, also for each call of a batch', async () => {
    const { email } = network.users.support;
    const attempt = () => server.request('/trpc/auth.signIn', trpcPost({ email, password: 'feil-passord' }));
    for (let i = 0; i < SIGN_IN_THROTTLE.maxFailures; i++) expect((await attempt()).status).toBe(401);
    const throttled = await attempt();
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(SIGN_IN_THROTTLE.windowMinutes * 60 - 60);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_THROTTLE.windowMinutes * 60);

    // Twenty sign-ins in one batched request, for an account nobody has tried: five passwords are checked.
    const other = network.users.network_operator.email;
    const n = 20;
    const body = JSON.stringify(
      Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: { email: other, password: `feil-${i}` } }])),
    );
    const batch = await server.request(`/trpc/${Array(n).fill('auth.signIn').join(',')}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SPA_HEADERS },
      body,
    });
    const codes = batch.json<TrpcEnvelope<never>[]>().map((r) => r.error?.json.data.appCode);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(SIGN_IN_THROTTLE.maxFailures);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(n - SIGN_IN_THROTTLE.maxFailures);
    expect(Number(batch.headers.get('retry-after'))).toBeGreaterThan(0);
    // The right password is refused too until the window has passed.
    const right = await server.request('/trpc/auth.signIn', trpcPost({ email: other, password: TEST_PASSWORD }));
    expect(right.status).toBe(429);
  });
});

describe('the session cookie with COOKIE_SECURE unset (auto)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let network: TestNetwork;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.orm, { cookieSecure: 'auto' });
    network = await createTestNetwork(db.orm.em.fork());
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  /** A sign-in as a browser at `host` sends it (fetch may not set Host; node:http may). */
  const signInAt = (host: string) =>
    new Promise<{ status: number; setCookie: string }>((resolve, reject) => {
      const body = trpcBody({ email: network.users.support.email, password: TEST_PASSWORD });
      const req = http.request(
        `${server.baseUrl}/trpc/auth.signIn`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            host,
            origin: `http://${host}`,
            [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie']?.[0] ?? '' }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('is Secure for any host but localhost', async () => {
    const deployed = await signInAt('booking.clinic.example');
    expect(deployed.status).toBe(200);
    expect(deployed.setCookie).toMatch(/; Secure(;|$)/);
  });

  it('is not Secure over plain http to localhost, where a browser would drop a Secure cookie', async () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000']) {
      const local = await signInAt(host);
      expect(local.status).toBe(200);
      expect(local.setCookie).toMatch(/^bn_session=/);
      expect(local.setCookie).not.toContain('Secure');
    }
  });
});
