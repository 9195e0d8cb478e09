// POST /api/v1/bookings refuses with the real reason, through the same hold as the agent's booking.hold (issue 14): a
// clinic without an agreement with the app's insurer (NOT_BOOKABLE), a time already passed (TOO_SOON), a minute off
// the book's grid (NOT_ON_GRID), a day beyond the network's horizon (OUTSIDE_HORIZON) — and SLOT_TAKEN only for a time
// somebody has. The slot ids are built as the search builds them, as a client tampering with one would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, createBookableSetup } from '@bn/api/testing';
import { addDays, encodeSlotId, osloDate, osloInstant, slotIdSchema, type SlotRef } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface Problem {
  status: number;
  code: string;
  title: string;
  values?: Record<string, unknown>;
}

describe('the public API refuses a booking with the real reason', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let server: TestServer;
  let keyX: string;
  let keyY: string;
  let slot: SlotRef;
  const today = osloDate(new Date());
  const patient = { nationalId: '02819012485', firstName: 'Ola', lastName: 'Nordmann', phone: '912 34 567' };
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicA,
      insurer: net.insurerX,
      practitioner: net.practitionerA,
    });
    server = await startTestServer(db.orm);
    const operator = await callerAs(db.orm, net.users.network_operator.user);
    keyX = (await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' })).key;
    keyY = (await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' })).key;
    const res = await server.request(`/api/v1/slots?from=${today}&to=${addDays(today, 30)}&limit=5`, {
      headers: { authorization: `Bearer ${keyX}` },
    });
    slot = slotIdSchema.parse(res.json<{ slots: { slotId: string }[] }>().slots[0]!.slotId);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const book = async (key: string, at: SlotRef) => {
    const res = await server.request('/api/v1/bookings', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'idempotency-key': `refusal-test-${String(++n).padStart(4, '0')}`,
      },
      body: JSON.stringify({ slotId: encodeSlotId(at), patient }),
    });
    return { status: res.status, problem: res.json<Problem>() };
  };
  const shifted = (minutes: number) => ({ ...slot, startAt: new Date(slot.startAt.getTime() + minutes * 60_000) });

  it('a clinic without an agreement with the app’s insurer: 409 NOT_BOOKABLE no_agreement', async () => {
    expect(await book(keyY, slot)).toMatchObject({
      status: 409,
      problem: {
        code: 'NOT_BOOKABLE',
        values: { reason: 'no_agreement' },
        title: 'The clinic has no valid agreement with your insurer.',
      },
    });
  });

  it('a time already passed: 409 TOO_SOON past', async () => {
    expect(await book(keyX, shifted(-70 * 24 * 60))).toMatchObject({
      status: 409,
      problem: { code: 'TOO_SOON', values: { reason: 'past' } },
    });
  });

  it('a minute off the grid: 409 NOT_ON_GRID', async () => {
    expect(await book(keyX, shifted(7))).toMatchObject({ status: 409, problem: { code: 'NOT_ON_GRID' } });
  });

  it('a day beyond the horizon: 409 OUTSIDE_HORIZON with the last date', async () => {
    const far = { ...slot, startAt: osloInstant(addDays(today, 200), '09:00') };
    expect(await book(keyX, far)).toMatchObject({
      status: 409,
      problem: { code: 'OUTSIDE_HORIZON', values: { reason: 'horizon' } },
    });
  });

  it('a time somebody has: 409 SLOT_TAKEN, and only then', async () => {
    expect((await book(keyX, slot)).status).toBe(201);
    expect(await book(keyX, slot)).toMatchObject({ status: 409, problem: { code: 'SLOT_TAKEN' } });
  });
});
