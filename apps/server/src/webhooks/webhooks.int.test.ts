// Insurer webhooks over HTTP against the real server, worker and PostgreSQL: a local receiver verifies every
// signature (docs/public-api.md, «Scheme») for booking.created by the app, booking.moved and booking.cancelled by the clinic; a
// receiver failing twice gets the same event three times; bad URLs and other insurers' endpoints are refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, createBookableSetup, type Caller } from '@bn/api/testing';
import { addDays, osloDate } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { startWebhookWorker, type WebhookWorker } from './webhook-worker.js';

interface Received {
  path: string;
  eventId: string;
  verified: boolean;
  body: {
    id: string;
    type: string;
    createdAt: string;
    data: { booking: { id: string; status: string; start: string } };
  };
  answered: number;
}

/** A receiver as an insurer would write it: checks `t` (300 s) and any `v1=` with timingSafeEqual. */
function verify(secret: string, header: string, raw: string): boolean {
  const parts = header.split(',').map((p) => p.split('=') as [string, string]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isFinite(t) || Math.abs(Date.now() / 1000 - t) > 300) return false;
  const want = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const got = Buffer.from(v, 'hex');
      return got.length === want.length && timingSafeEqual(got, want);
    });
}

describe('insurer webhooks', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let server: TestServer;
  let worker: WebhookWorker;
  let operator: Caller;
  let clinic: Caller;
  let receiver: Server;
  let receiverUrl: string;
  let keyX: string;
  let keyY: string;
  const secrets = new Map<string, string>();
  const received: Received[] = [];
  /** How many requests each path still answers with 503. */
  const failures = new Map<string, number>();
  const today = osloDate(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicA,
      insurer: net.insurerX,
      practitioner: net.practitionerA,
    });
    server = await startTestServer(db.orm);
    operator = await callerAs(db.orm, net.users.network_operator.user);
    clinic = await callerAs(db.orm, net.users.clinic_admin.user);
    keyX = (await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' })).key;
    keyY = (await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' })).key;
    receiver = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        const path = req.url ?? '';
        const left = failures.get(path) ?? 0;
        const answered = left > 0 ? 503 : 204;
        if (left > 0) failures.set(path, left - 1);
        received.push({
          path,
          eventId: String(req.headers['bn-event-id']),
          verified: verify(secrets.get(path) ?? '', String(req.headers['bn-signature']), raw),
          body: JSON.parse(raw) as Received['body'],
          answered,
        });
        res.writeHead(answered).end(answered === 503 ? 'receiver down for maintenance' : undefined);
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    worker = await startWebhookWorker({
      orm: db.orm,
      databaseUrl: db.url,
      logger: pino({ level: 'silent' }),
      relayIntervalMs: 100,
      backoff: { firstMs: 200, maxMs: 400 },
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await server?.close();
    await new Promise((r) => receiver?.close(r));
    await db?.drop();
  });

  const call = (path: string, key: string, init: RequestInit = {}) =>
    server.request(`/api/v1${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${key}`,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const register = async (key: string, path: string) => {
    const res = await call('/webhooks', key, {
      method: 'POST',
      body: JSON.stringify({ url: `${receiverUrl}${path}` }),
    });
    expect(res.status, res.text).toBe(201);
    const issued = res.json<{ webhook: { id: string; events: string[] }; secret: string }>();
    secrets.set(path, issued.secret);
    return issued;
  };
  const until = async (what: () => Received[], n: number) => {
    const deadline = Date.now() + 15_000;
    while (what().length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return what();
  };
  const slots = async () => {
    const res = await call(`/slots?from=${today}&to=${addDays(today, 30)}&limit=5`, keyX);
    return res.json<{ slots: { slotId: string; start: string }[] }>().slots;
  };
  const patient = { nationalId: '02819012485', firstName: 'Ola', lastName: 'Nordmann', phone: '912 34 567' };

  it('refuses a URL that is not https (or http to localhost) with a stable code', async () => {
    for (const [url, reason] of [
      ['http://example.com/hook', 'not_https'],
      ['ftp://example.com/hook', 'malformed'],
      ['https://user:pw@example.com/hook', 'credentials'],
      ['not a url', 'malformed'],
    ] as const) {
      const res = await call('/webhooks', keyX, { method: 'POST', body: JSON.stringify({ url }) });
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'WEBHOOK_URL_INVALID',
        values: { reason },
        issues: [{ path: ['url'], code: `webhook_url.${reason}` }],
      });
    }
  });

  it('signs booking.created, the clinic’s move and the clinic’s cancel, each with the booking as GET shows it', async () => {
    const { webhook, secret } = await register(keyX, '/x');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook.events).toEqual(['booking.created', 'booking.cancelled', 'booking.moved']);
    const [slot, later] = await slots();
    const booked = await call('/bookings', keyX, {
      method: 'POST',
      headers: { 'idempotency-key': 'webhook-book-0001' },
      body: JSON.stringify({ slotId: slot!.slotId, patient }),
    });
    expect(booked.status, booked.text).toBe(201);
    const booking = booked.json<{ id: string }>();
    const forX = () => received.filter((r) => r.path === '/x');
    const [created] = await until(forX, 1);
    expect(created).toMatchObject({ verified: true, body: { type: 'booking.created' } });
    expect(created!.eventId).toBe(created!.body.id);
    expect(created!.body.data.booking).toEqual((await call(`/bookings/${booking.id}`, keyX)).json());

    await clinic.booking.move({ appointmentId: booking.id, startAt: new Date(later!.start) });
    const moved = (await until(forX, 2))[1];
    expect(moved).toMatchObject({ verified: true, body: { type: 'booking.moved' } });
    expect(moved!.body.data.booking).toMatchObject({ id: booking.id, start: later!.start, status: 'active' });

    await clinic.booking.cancel({ appointmentId: booking.id, reason: 'Behandleren er syk', onBehalfOf: 'clinic' });
    const cancelled = (await until(forX, 3))[2];
    expect(cancelled).toMatchObject({ verified: true, body: { type: 'booking.cancelled' } });
    expect(cancelled!.body.data.booking).toMatchObject({ id: booking.id, status: 'cancelled' });
    expect(new Set(forX().map((r) => r.eventId)).size).toBe(3);
    // Nothing for another insurer's receiver, and no JSON of a national id anywhere in what was sent.
    expect(JSON.stringify(forX())).not.toContain(patient.nationalId);
  });

  it('retries a failing receiver with backoff until it answers, with the same event id each time', async () => {
    await call(
      `/webhooks/${(await call('/webhooks', keyX)).json<{ webhooks: { id: string }[] }>().webhooks[0]!.id}`,
      keyX,
      {
        method: 'DELETE',
      },
    );
    failures.set('/flaky', 2);
    const { webhook } = await register(keyX, '/flaky');
    const [slot] = await slots();
    const booked = await call('/bookings', keyX, {
      method: 'POST',
      headers: { 'idempotency-key': 'webhook-book-0002' },
      body: JSON.stringify({ slotId: slot!.slotId, patient }),
    });
    expect(booked.status, booked.text).toBe(201);
    const got = await until(() => received.filter((r) => r.path === '/flaky'), 3);
    expect(got.map((r) => r.answered)).toEqual([503, 503, 204]);
    expect(new Set(got.map((r) => r.eventId)).size).toBe(1);
    expect(got.every((r) => r.verified)).toBe(true);
    const log = await operator.webhooks.deliveries({ endpointId: webhook.id });
    expect(log).toMatchObject([{ status: 'delivered', attempts: 3, lastStatusCode: 204, type: 'booking.created' }]);
    // The replay sends the same event again.
    await operator.webhooks.replay({ endpointId: webhook.id, deliveryId: log[0]!.id });
    const again = await until(() => received.filter((r) => r.path === '/flaky'), 4);
    expect(again[3]).toMatchObject({ eventId: got[0]!.eventId, verified: true, answered: 204 });
  });

  it('signs with both secrets during a rotation’s grace period', async () => {
    const list = (await call('/webhooks', keyX)).json<{ webhooks: { id: string; active: boolean }[] }>().webhooks;
    const active = list.find((w) => w.active)!;
    const old = secrets.get('/flaky')!;
    const res = await call(`/webhooks/${active.id}/rotate-secret`, keyX, { method: 'POST', body: '{}' });
    expect(res.status, res.text).toBe(200);
    const fresh = res.json<{ secret: string; webhook: { previousSecretUntil: string | null } }>();
    expect(fresh.secret).not.toBe(old);
    expect(fresh.webhook.previousSecretUntil).not.toBeNull();
    const [slot] = await slots();
    await call('/bookings', keyX, {
      method: 'POST',
      headers: { 'idempotency-key': 'webhook-book-0003' },
      body: JSON.stringify({ slotId: slot!.slotId, patient }),
    });
    const got = (await until(() => received.filter((r) => r.path === '/flaky'), 5))[4]!;
    expect(got.verified).toBe(true); // with the old secret
    secrets.set('/flaky', fresh.secret);
    await operator.webhooks.replay({
      endpointId: active.id,
      deliveryId: (await operator.webhooks.deliveries({ endpointId: active.id }))[0]!.id,
    });
    expect((await until(() => received.filter((r) => r.path === '/flaky'), 6))[5]!.verified).toBe(true);
  });

  it('shows an insurer only its own endpoints: another insurer’s is a 404', async () => {
    const own = (await call('/webhooks', keyX)).json<{ webhooks: { id: string }[] }>().webhooks;
    expect(own.length).toBeGreaterThan(0);
    expect((await call('/webhooks', keyY)).json<{ webhooks: unknown[] }>().webhooks).toEqual([]);
    const id = own[0]!.id;
    const del = await call(`/webhooks/${id}`, keyY, { method: 'DELETE' });
    expect(del.status).toBe(404);
    expect(del.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await call(`/webhooks/${id}/rotate-secret`, keyY, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await call('/webhooks', keyX)).json<{ webhooks: { id: string }[] }>().webhooks).toHaveLength(own.length);
  });
});
