// Bad input over HTTP answers 4xx with a stable code, never 500 — the cases a probing client found (issue 10). The
// fuzzing in src/fuzz covers every procedure; these are the named findings, each kept as its own regression test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { createSessionToken } from '@bn/api/testing';
import { REQUEST_MAX_DEPTH, TRPC_MAX_BATCH_SIZE } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { SPA_HEADERS, trpcPost, trpcQueryPath, type TrpcEnvelope } from '../testing/trpc-http.js';

describe('bad input over HTTP', () => {
  let db: TestDatabase;
  let server: TestServer;
  let network: TestNetwork;
  const cookieOf = async (role: keyof TestNetwork['users']) =>
    `bn_session=${await createSessionToken(db.orm, network.users[role].user)}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.orm);
    network = await createTestNetwork(db.orm.em.fork());
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const appCodeOf = (text: string) => (JSON.parse(text) as TrpcEnvelope<never>).error?.json.data.appCode;

  it('refuses a body nested 5,000 levels deep with 400 BAD_INPUT, before parsing it', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const res = await server.request('/trpc/auth.signIn', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SPA_HEADERS },
      body: `{"json":${deep}}`,
    });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'BAD_INPUT', message: 'Ugyldig forespørsel.' } });
  });

  it(`accepts nesting up to ${REQUEST_MAX_DEPTH} levels and refuses one more, also in a GET's input`, async () => {
    const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const post = (body: string) =>
      server.request('/trpc/auth.signIn', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...SPA_HEADERS },
        body,
      });
    // The envelope itself is a level: {"json": …}.
    expect((await post(`{"json":${nested(REQUEST_MAX_DEPTH - 1)}}`)).status).toBe(400);
    expect(appCodeOf((await post(`{"json":${nested(REQUEST_MAX_DEPTH - 1)}}`)).text)).toBe('BAD_INPUT');
    const tooDeep = await post(`{"json":${nested(REQUEST_MAX_DEPTH)}}`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.json()).toEqual({ error: { code: 'BAD_INPUT', message: 'Ugyldig forespørsel.' } });

    const cookie = await cookieOf('insurer_agent');
    const get = await server.request(
      `/trpc/search.network?input=${encodeURIComponent(`{"json":${'['.repeat(1000)}${']'.repeat(1000)}}`)}`,
      { headers: { cookie } },
    );
    expect(get.status).toBe(400);
  });

  it('refuses a body over the size limit with 413 and a stable code', async () => {
    const res = await server.request('/trpc/auth.signIn', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SPA_HEADERS },
      body: JSON.stringify({ json: { email: 'a@b.no', password: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'BAD_INPUT', message: 'Ugyldig forespørsel.' } });
  });

  it('answers a query whose address is over the parser limit with 431 and a stable code, not an empty body', async () => {
    const res = await server.request(`/trpc/holidays.list?input=${'x'.repeat(20_000)}`, { headers: SPA_HEADERS });
    expect(res.status).toBe(431);
    expect(res.json()).toEqual({ error: { code: 'BAD_INPUT', message: 'Ugyldig forespørsel.' } });
  });

  it('refuses a NUL byte in the search place with 400 BAD_INPUT', async () => {
    const cookie = await cookieOf('insurer_agent');
    const res = await server.request(
      trpcQueryPath('search.network', { place: 'Os\u0000lo', from: '2026-12-01', to: '2026-12-31' }),
      { headers: { cookie } },
    );
    expect(res.status).toBe(400);
    expect(appCodeOf(res.text)).toBe('BAD_INPUT');
  });

  it('refuses a NUL byte and a lone surrogate in a configuration name with 400 BAD_INPUT', async () => {
    const cookie = await cookieOf('network_operator');
    const insurer = {
      id: network.insurerY.id,
      orgNumber: network.insurerY.orgNumber,
      offersPsychologistBooking: false,
      hasPatientApp: false,
      appName: null,
    };
    for (const name of ['Forsikring\u0000Y', 'a\ud800b', 'b\udc00', '\ud83d']) {
      const res = await server.request('/trpc/insurers.upsert', trpcPost({ ...insurer, name }, cookie));
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(appCodeOf(res.text)).toBe('BAD_INPUT');
    }
    // A real surrogate pair (an emoji) is text like any other.
    const emoji = await server.request(
      '/trpc/insurers.upsert',
      trpcPost({ ...insurer, name: 'Forsikring Y 😀' }, cookie),
    );
    expect(emoji.status).toBe(200);
  });

  it('refuses an instant outside the years the product handles with 400 BAD_INPUT', async () => {
    const cookie = await cookieOf('insurer_agent');
    const hold = { bookId: 'book-1', typeId: 'type-1', tariffCode: 'B1011' };
    for (const startAt of [
      new Date(-8.64e15),
      new Date(8.64e15),
      new Date('1899-12-31T23:00:00Z'),
      new Date('2101-01-01T00:00:00Z'),
    ]) {
      const res = await server.request('/trpc/booking.hold', trpcPost({ ...hold, startAt }, cookie));
      expect(res.status, startAt.toISOString()).toBe(400);
      expect(appCodeOf(res.text)).toBe('BAD_INPUT');
    }
  });

  it('refuses impossible and far-off calendar dates with 400 BAD_INPUT', async () => {
    const cookie = await cookieOf('insurer_agent');
    for (const [from, to] of [
      ['2026-02-30', '2026-03-01'],
      ['0001-01-01', '0001-01-02'],
      ['9999-12-30', '9999-12-31'],
    ]) {
      const res = await server.request(trpcQueryPath('search.network', { from, to }), { headers: { cookie } });
      expect(res.status, from).toBe(400);
      expect(appCodeOf(res.text)).toBe('BAD_INPUT');
    }
  });

  it(`refuses a batch of more than ${TRPC_MAX_BATCH_SIZE} calls with 400, and answers one of that size`, async () => {
    const cookie = await cookieOf('insurer_agent');
    const batch = (n: number) =>
      `/trpc/${Array.from({ length: n }, () => 'auth.me').join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`;
    const big = await server.request(batch(200), { headers: { cookie } });
    expect(big.status).toBe(400);
    const ok = await server.request(batch(TRPC_MAX_BATCH_SIZE), { headers: { cookie } });
    expect(ok.status).toBe(200);
    expect(ok.json<unknown[]>()).toHaveLength(TRPC_MAX_BATCH_SIZE);
  });

  it('refuses a week template with 10,073 one-minute windows with 400 BAD_INPUT', async () => {
    const cookie = await cookieOf('clinic_admin');
    const windows = Array.from({ length: 10_073 }, (_, i) => {
      const day = (i % 7) + 1;
      const minute = Math.floor(i / 7);
      const t = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return { weekday: day, start: t(minute), end: t(minute + 1), typeIds: ['type-1'] };
    });
    const res = await server.request(
      '/trpc/templates.upsert',
      trpcPost({ id: 'template-big', bookId: 'book-1', name: 'Stor', windows, breaks: [] }, cookie),
    );
    expect(res.status).toBe(400);
    expect(appCodeOf(res.text)).toBe('BAD_INPUT');
  });
});
