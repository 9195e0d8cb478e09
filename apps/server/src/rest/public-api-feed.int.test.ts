// The SMART Scheduling Links availability feed over HTTP, against the real server and PostgreSQL: the manifest and
// NDJSON shape (every line parses, every reference resolves within the files), 304 on a matching ETag, a booking
// changing the ETag and taking the slot out, and each insurer's key seeing only its own agreements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, createBookableSetup } from '@bn/api/testing';
import { apiFeedManifestSchema } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface Manifest {
  transactionTime: string;
  request: string;
  output: { type: string; url: string }[];
}
interface Resource {
  resourceType: string;
  id: string;
  [k: string]: unknown;
}
interface FeedSlot extends Resource {
  status: string;
  start: string;
  end: string;
  schedule: { reference: string };
  identifier: { system: string; value: string }[];
  extension: { url: string; valueUrl: string }[];
}

const DEEP_LINK = 'http://fhir-registry.smarthealthit.org/StructureDefinition/booking-deep-link';

describe('the availability feed (/api/v1/feed)', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let server: TestServer;
  let keyX: string;
  let keyY: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    // Insurer X books practitioner A (clinic A); insurer Y books only B (clinic B).
    await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicA,
      insurer: net.insurerX,
      practitioner: net.practitionerA,
    });
    await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicB,
      insurer: net.insurerY,
      practitioner: net.practitionerB,
    });
    server = await startTestServer(db.orm);
    const operator = await callerAs(db.orm, net.users.network_operator.user);
    keyX = (await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' })).key;
    keyY = (await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' })).key;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const call = (path: string, key: string, headers: Record<string, string> = {}) =>
    server.request(path.startsWith('http') ? new URL(path).pathname : `/api/v1${path}`, {
      headers: { authorization: `Bearer ${key}`, ...headers },
    });

  /** The manifest and every file it lists, each line parsed. */
  const readFeed = async (key: string) => {
    const res = await call('/feed/$bulk-publish', key);
    expect(res.status, res.text).toBe(200);
    const manifest = res.json<Manifest>();
    // The manifest is what the OpenAPI document says it is.
    expect(apiFeedManifestSchema.safeParse(manifest).error).toBeUndefined();
    const byType: Record<string, Resource[]> = {};
    for (const o of manifest.output) {
      const file = await call(o.url, key);
      expect(file.status, file.text).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^application\/fhir\+ndjson/);
      const lines = file.text.split('\n');
      expect(lines.pop()).toBe('');
      byType[o.type] = lines.map((l) => JSON.parse(l) as Resource);
      for (const r of byType[o.type]!) expect(r.resourceType).toBe(o.type);
    }
    return {
      manifest,
      etag: res.headers.get('etag'),
      locations: byType.Location ?? [],
      schedules: byType.Schedule ?? [],
      slots: (byType.Slot ?? []) as FeedSlot[],
    };
  };

  it('publishes a manifest of Location, Schedule and Slot files whose references resolve within them', async () => {
    const feed = await readFeed(keyX);
    expect(Date.parse(feed.manifest.transactionTime)).not.toBeNaN();
    expect(feed.manifest.request).toMatch(/\/api\/v1\/feed\/\$bulk-publish$/);
    expect(feed.manifest.output.map((o) => o.type)).toEqual(['Location', 'Schedule', 'Slot']);
    expect(feed.slots.length).toBeGreaterThan(0);
    const locationIds = new Set(feed.locations.map((l) => `Location/${l.id}`));
    const scheduleIds = new Set(feed.schedules.map((s) => `Schedule/${s.id}`));
    for (const s of feed.schedules)
      expect(locationIds.has((s.actor as { reference?: string }[])[0]!.reference!)).toBe(true);
    for (const slot of feed.slots) {
      expect(scheduleIds.has(slot.schedule.reference)).toBe(true);
      expect(slot.status).toBe('free');
      expect(slot.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/);
      expect(Date.parse(slot.end)).toBeGreaterThan(Date.parse(slot.start));
      expect(slot.extension.find((e) => e.url === DEEP_LINK)?.valueUrl).toMatch(/\/api\/v1\/bookings\?slotId=/);
      expect(slot.id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
    }
    // Every slot in the feed is one /api/v1/slots shows the same key.
    const first = feed.slots[0]!;
    const day = first.start.slice(0, 10);
    const listed = await call(`/slots?from=${day}&to=${day}&limit=100`, keyX);
    const ids = listed.json<{ slots: { slotId: string }[] }>().slots.map((s) => s.slotId);
    expect(ids).toContain(first.identifier[0]!.value);
  });

  it('answers 304 to a matching If-None-Match on the manifest and the files', async () => {
    const feed = await readFeed(keyX);
    expect(feed.etag).toMatch(/^"[\w-]+"$/);
    for (const path of ['/feed/$bulk-publish', '/feed/slots.ndjson', '/feed/locations.ndjson']) {
      const again = await call(path, keyX, { 'if-none-match': feed.etag! });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
    }
    expect((await call('/feed/slots.ndjson', keyX, { 'if-none-match': '"something-else"' })).status).toBe(200);
    expect((await call('/feed/other.ndjson', keyX)).status).toBe(404);
  });

  it('changes the ETag when a booking takes a slot, and the slot leaves the feed', async () => {
    const before = await readFeed(keyX);
    const slot = before.slots[0]!;
    const slotId = slot.identifier[0]!.value;
    const booked = await server.request('/api/v1/bookings', {
      method: 'POST',
      headers: { authorization: `Bearer ${keyX}`, 'content-type': 'application/json', 'idempotency-key': 'feed-0001' },
      body: JSON.stringify({
        slotId,
        patient: { nationalId: '02819012485', firstName: 'Ola', lastName: 'Nordmann', phone: '912 34 567' },
      }),
    });
    expect(booked.status, booked.text).toBe(201);
    const stale = await call('/feed/$bulk-publish', keyX, { 'if-none-match': before.etag! });
    expect(stale.status).toBe(200);
    const after = await readFeed(keyX);
    expect(after.etag).not.toBe(before.etag);
    expect(after.slots.map((s) => s.identifier[0]!.value)).not.toContain(slotId);
    expect(after.slots.find((s) => s.id === slot.id && s.status === 'free')).toBeUndefined();
  });

  it("shows another insurer's key only its own agreements", async () => {
    const x = await readFeed(keyX);
    const y = await readFeed(keyY);
    expect(y.slots.length).toBeGreaterThan(0);
    const xSlotIds = new Set(x.slots.map((s) => s.identifier[0]!.value));
    for (const s of y.slots) expect(xSlotIds.has(s.identifier[0]!.value)).toBe(false);
    const names = (feed: typeof x) => new Set(feed.locations.map((l) => l.name));
    expect([...names(y)]).toEqual([net.clinicB.name]);
    expect([...names(x)]).toEqual([net.clinicA.name]);
    expect(y.etag).not.toBe(x.etag);
  });
});
