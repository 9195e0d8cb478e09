// The insurer apps' REST API over HTTP, against the real server and PostgreSQL: keys (missing, unknown, rotated,
// revoked), a booking from search to cancellation, Idempotency-Key replay, the per-key rate limit, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntry } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, createBookableSetup, type BookableSetup, type Caller } from '@bn/api/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { addDays, osloDate } from '@bn/domain';
import { startTestServer, type TestResponse, type TestServer } from '../testing/test-server.js';

interface Problem {
  status: number;
  code: string;
  title: string;
  values?: Record<string, unknown>;
  issues?: { path: string[]; code: string }[];
}
interface Booking {
  id: string;
  reference: string;
  status: string;
  start: string;
  sakId: string | null;
  tariff: { code: string } | null;
}
interface Slot {
  slotId: string;
  start: string;
  practitioner: { id: string; name: string };
}

describe('the public API (/api/v1)', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let setup: BookableSetup;
  let server: TestServer;
  let operator: Caller;
  let keyX: string;
  let keyY: string;
  const today = osloDate(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    setup = await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicA,
      insurer: net.insurerX,
      practitioner: net.practitionerA,
    });
    server = await startTestServer(db.orm);
    operator = await callerAs(db.orm, net.users.network_operator.user);
    keyX = (await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' })).key;
    keyY = (await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' })).key;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const call = (path: string, key: string | null, init: RequestInit = {}) =>
    server.request(`/api/v1${path}`, {
      ...init,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const problemOf = (res: TestResponse) => {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return res.json<Problem>();
  };
  const firstSlots = async (key: string) => {
    const res = await call(`/slots?from=${today}&to=${addDays(today, 30)}&limit=5`, key);
    expect(res.status, res.text).toBe(200);
    return res.json<{ slots: Slot[] }>().slots;
  };
  const patient = { nationalId: '02819012485', firstName: 'Ola', lastName: 'Nordmann', phone: '912 34 567' };
  const book = (key: string, idempotencyKey: string, body: object) =>
    call('/bookings', key, {
      method: 'POST',
      headers: { 'idempotency-key': idempotencyKey },
      body: JSON.stringify(body),
    });

  it('refuses a call without a key, or with one it does not know, as 401 with a stable code', async () => {
    const missing = await call('/tariffs', null);
    expect(missing.status).toBe(401);
    expect(problemOf(missing)).toMatchObject({ status: 401, code: 'API_KEY_INVALID', values: { reason: 'missing' } });
    const unknown = await call('/tariffs', `bnk_aaaaaaaaaaaaaaaa_${'x'.repeat(43)}`);
    expect(problemOf(unknown)).toMatchObject({ code: 'API_KEY_INVALID', values: { reason: 'unknown' } });
    expect((await call('/tariffs', 'not a key')).status).toBe(401);
  });

  it('lists the tariffs the insurer can book, and nothing for an insurer without agreements', async () => {
    const x = await call('/tariffs', keyX);
    expect(x.status).toBe(200);
    expect(x.json<{ tariffs: { code: string }[] }>().tariffs.map((t) => t.code)).toEqual([setup.tariffCode]);
    expect((await call('/tariffs', keyY)).json<{ tariffs: unknown[] }>().tariffs).toEqual([]);
  });

  it('books a slot from the search, replays a retry, refuses the key for another request, and cancels', async () => {
    const [slot, other] = await firstSlots(keyX);
    expect(slot!.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/);
    expect(slot!.practitioner.id).toBe(net.practitionerA.id);

    const first = await book(keyX, 'app-retry-0001', { slotId: slot!.slotId, patient, remark: 'Vondt i kneet' });
    expect(first.status, first.text).toBe(201);
    const booking = first.json<Booking>();
    expect(booking).toMatchObject({ status: 'active', start: slot!.start, tariff: { code: setup.tariffCode } });
    expect(booking.reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const replay = await book(keyX, 'app-retry-0001', { slotId: slot!.slotId, patient, remark: 'Vondt i kneet' });
    expect(replay.status).toBe(201);
    expect(replay.json<Booking>().id).toBe(booking.id);
    const reused = await book(keyX, 'app-retry-0001', { slotId: other!.slotId, patient });
    expect(reused.status).toBe(409);
    expect(problemOf(reused).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const taken = await book(keyX, 'app-retry-0002', { slotId: slot!.slotId, patient });
    expect(problemOf(taken)).toMatchObject({ status: 409, code: 'SLOT_TAKEN' });

    const read = await call(`/bookings/${booking.id}`, keyX);
    expect(read.json<Booking>()).toMatchObject({ id: booking.id, status: 'active' });
    // Another insurer's app does not find it.
    expect(problemOf(await call(`/bookings/${booking.id}`, keyY))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const logged = await db.orm.em.fork().find(AccessLogEntry, { actorId: { $like: 'insurer-app:%' } });
    expect(logged.length).toBeGreaterThan(0);

    const cancelled = await call(`/bookings/${booking.id}`, keyX, { method: 'DELETE' });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.json<Booking>().status).toBe('cancelled');
  });

  it('keeps a rotated key working through the grace period beside the new one, and refuses a revoked one', async () => {
    const old = await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Roterer' });
    const fresh = await operator.apiKeys.rotate({ id: old.view.id, graceHours: 24 });
    expect((await call('/tariffs', old.key)).status).toBe(200);
    expect((await call('/tariffs', fresh.key)).status).toBe(200);
    await operator.apiKeys.revoke({ id: old.view.id });
    expect(problemOf(await call('/tariffs', old.key))).toMatchObject({
      code: 'API_KEY_INVALID',
      values: { reason: 'revoked' },
    });
    expect((await call('/tariffs', fresh.key)).status).toBe(200);
  });

  it('answers bad input with 400 and a code, never 500', async () => {
    const noKey = await call('/bookings', keyX, { method: 'POST', body: JSON.stringify({}) });
    expect(problemOf(noKey)).toMatchObject({ status: 400, code: 'BAD_INPUT' });
    const badSlot = await book(keyX, 'app-bad-00001', { slotId: 'not-a-slot', patient });
    const problem = problemOf(badSlot);
    expect(problem).toMatchObject({ status: 400, code: 'BAD_INPUT' });
    expect(problem.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([['slotId', 'slot_id.format']]);
    const badJson = await call('/bookings', keyX, {
      method: 'POST',
      headers: { 'idempotency-key': 'app-bad-00002' },
      body: '{"slotId": ',
    });
    expect(problemOf(badJson)).toMatchObject({ status: 400, code: 'BAD_INPUT' });
    const badQuery = await call('/slots?from=31.12.2026&to=x', keyX);
    expect(problemOf(badQuery)).toMatchObject({ status: 400, code: 'BAD_INPUT' });
    expect(problemOf(await call('/bookings/%00', keyX)).status).toBeLessThan(500);
    expect(problemOf(await call('/nothing-here', keyX))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('throttles each key per minute: 429 with Retry-After, other keys unaffected', async () => {
    const limited = await startTestServer(db.orm, { apiRateLimit: 3 });
    try {
      const { key } = await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Travel' });
      const get = (k: string) => limited.request('/api/v1/tariffs', { headers: { authorization: `Bearer ${k}` } });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await get(key)).status);
      // The fourth call may fall into the next minute; then the first three of that one pass.
      const refused = await get(key);
      expect([...statuses, refused.status]).toContain(429);
      const last = statuses.includes(429) ? null : refused;
      const tooMany = last ?? (await get(key));
      expect(tooMany.status).toBe(429);
      expect(Number(tooMany.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(tooMany.json<Problem>().code).toBe('TOO_MANY_ATTEMPTS');
      expect((await get(keyY)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('serves an OpenAPI 3.1 document of every endpoint, without a key', async () => {
    const res = await server.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/bookings',
      '/api/v1/bookings/{id}',
      '/api/v1/bookings/{id}/move',
      '/api/v1/feed/$bulk-publish',
      '/api/v1/feed/locations.ndjson',
      '/api/v1/feed/schedules.ndjson',
      '/api/v1/feed/slots.ndjson',
      '/api/v1/practitioners',
      '/api/v1/slots',
      '/api/v1/tariffs',
      '/api/v1/webhooks',
      '/api/v1/webhooks/{id}',
      '/api/v1/webhooks/{id}/rotate-secret',
    ]);
    expect(Object.keys(doc.paths['/api/v1/bookings/{id}']!).sort()).toEqual(['delete', 'get']);
    expect(Object.keys(doc.paths['/api/v1/webhooks']!).sort()).toEqual(['get', 'post']);
    const validator = new Validator();
    const validation = await validator.validate(doc);
    expect(validation.errors ?? [], JSON.stringify(validation.errors)).toEqual([]);
    expect(validation.valid).toBe(true);
    // Checked against the 3.1 schema, not an older one.
    expect(validator.version).toBe('3.1');
  });

  it('serves a readable docs page of the same document', async () => {
    const res = await server.request('/api/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toContain('POST /api/v1/bookings');
    expect(res.text).toContain('API_KEY_INVALID');
  });
});
