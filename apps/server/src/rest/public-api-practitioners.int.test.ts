// The public API's practitioner questions over HTTP, against the real server and PostgreSQL: GET /api/v1/practitioners
// (the insurer's bookable practitioners, paged, never another insurer's) and GET /api/v1/slots?practitionerId= as a
// filter of the search itself (full pages of that practitioner's times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Department } from '@bn/db';
import {
  createClinic,
  createPractitioner,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { callerAs, createBookableSetup, type BookableSetup } from '@bn/api/testing';
import { addDays, osloDate } from '@bn/domain';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface Practitioner {
  id: string;
  name: string;
  profession: { code: string; name: string };
  clinic: { id: string; name: string };
  departments: { id: string; name: string; address: { street: string; postcode: string; city: string } }[];
  tariffs: { code: string; name: string }[];
}
interface Page {
  practitioners: Practitioner[];
  nextCursor: string | null;
}
interface Slot {
  practitioner: { id: string };
}

describe('the public API: practitioners (/api/v1/practitioners, /api/v1/slots?practitionerId=)', () => {
  let db: TestDatabase;
  let net: TestNetwork;
  let server: TestServer;
  let setupA: BookableSetup;
  let setupC: BookableSetup;
  let keyX: string;
  let keyY: string;
  let practitionerCId: string;
  const today = osloDate(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createTestNetwork(db.orm.em.fork());
    // Insurer X books practitioner A (clinic A) and C (clinic C); insurer Y books only B (clinic B).
    setupA = await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicA,
      insurer: net.insurerX,
      practitioner: net.practitionerA,
    });
    const em = db.orm.em.fork();
    const clinicC = await createClinic(em, { name: 'Klinikk C' });
    const practitionerC = await createPractitioner(em, { clinic: clinicC, name: 'Cecilie Behandler' });
    practitionerCId = practitionerC.id;
    setupC = await createBookableSetup(db.orm.em.fork(), {
      clinic: clinicC,
      insurer: net.insurerX,
      practitioner: practitionerC,
    });
    await createBookableSetup(db.orm.em.fork(), {
      clinic: net.clinicB,
      insurer: net.insurerY,
      practitioner: net.practitionerB,
    });
    // The place search resolves a city against the departments registered with the network.
    const reg = db.orm.em.fork();
    for (const d of [setupA.department, setupC.department])
      (await reg.findOneOrFail(Department, { id: d.id })).registeredWithNetworkAt = new Date();
    await reg.flush();
    server = await startTestServer(db.orm);
    const operator = await callerAs(db.orm, net.users.network_operator.user);
    keyX = (await operator.apiKeys.create({ insurerId: net.insurerX.id, label: 'Bli frisk' })).key;
    keyY = (await operator.apiKeys.create({ insurerId: net.insurerY.id, label: 'Y-appen' })).key;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const call = (path: string, key: string | null) =>
    server.request(`/api/v1${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  const page = async (path: string, key: string) => {
    const res = await call(path, key);
    expect(res.status, res.text).toBe(200);
    return res.json<Page>();
  };

  it('lists the practitioners the insurer may book with clinic, department address, profession and tariffs', async () => {
    const x = await page('/practitioners', keyX);
    expect(x.practitioners.map((p) => p.id).sort()).toEqual([net.practitionerA.id, practitionerCId].sort());
    expect(x.nextCursor).toBeNull();
    const c = x.practitioners.find((p) => p.id === practitionerCId)!;
    expect(c).toMatchObject({
      name: 'Cecilie Behandler',
      profession: { code: 'physiotherapist' },
      clinic: { id: setupC.clinicId, name: 'Klinikk C' },
      departments: [{ id: setupC.department.id, address: { postcode: '0366', city: 'Oslo' } }],
      tariffs: [{ code: setupC.tariffCode }],
    });
    expect(c.profession.name).not.toBe('');
    // Insurer Y sees its own practitioner only, never X's.
    expect((await page('/practitioners', keyY)).practitioners.map((p) => p.id)).toEqual([net.practitionerB.id]);
  });

  it('narrows by tariff, profession, postcode and city, and pages by cursor without repeats', async () => {
    const ids = async (q: string) => (await page(`/practitioners?${q}`, keyX)).practitioners.map((p) => p.id);
    expect(await ids(`tariff=${setupA.tariffCode}`)).toContain(net.practitionerA.id);
    expect(await ids('tariff=NOPE')).toEqual([]);
    expect(await ids('profession=physiotherapist')).toHaveLength(2);
    expect(await ids('profession=manual_therapist')).toEqual([]);
    expect(await ids('postcode=0366')).toHaveLength(2);
    expect(await ids('postcode=9999')).toEqual([]);
    expect(await ids('city=Oslo')).toHaveLength(2);
    expect(await ids('city=Bergen')).toEqual([]);

    const first = await page('/practitioners?limit=1', keyX);
    expect(first.practitioners).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await page(`/practitioners?limit=1&cursor=${first.nextCursor}`, keyX);
    expect(second.practitioners).toHaveLength(1);
    expect(second.practitioners[0]!.id).not.toBe(first.practitioners[0]!.id);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a missing key and bad filters with a code, never 500', async () => {
    expect((await call('/practitioners', null)).status).toBe(401);
    expect((await call('/practitioners?postcode=abc', keyX)).status).toBe(400);
    expect((await call('/practitioners?profession=astrologer', keyX)).status).toBe(400);
    expect((await call('/practitioners?limit=0', keyX)).status).toBe(400);
    expect((await call('/practitioners?cursor=%00', keyX)).status).toBe(400);
    expect((await call('/practitioners?cursor=not-ours', keyX)).status).toBe(200);
  });

  it('filters slots by practitioner in the search: a full page of that practitioner, none of another insurer', async () => {
    const range = `from=${today}&to=${addDays(today, 30)}`;
    const slots = async (q: string, key: string) => {
      const res = await call(`/slots?${range}&${q}`, key);
      expect(res.status, res.text).toBe(200);
      return res.json<{ slots: Slot[]; nextCursor: string | null }>();
    };
    // Both practitioners have times in the same hours, so an unfiltered page mixes them.
    const mixed = await slots('limit=10', keyX);
    expect(new Set(mixed.slots.map((s) => s.practitioner.id))).toEqual(
      new Set([net.practitionerA.id, practitionerCId]),
    );
    const onlyC = await slots(`limit=5&practitionerId=${practitionerCId}`, keyX);
    expect(onlyC.slots).toHaveLength(5);
    expect(onlyC.slots.every((s) => s.practitioner.id === practitionerCId)).toBe(true);
    expect(onlyC.nextCursor).not.toBeNull();
    const next = await slots(`limit=5&practitionerId=${practitionerCId}&cursor=${onlyC.nextCursor}`, keyX);
    expect(next.slots).toHaveLength(5);
    expect(next.slots.every((s) => s.practitioner.id === practitionerCId)).toBe(true);
    // Another insurer's practitioner has no times for X.
    expect((await slots(`practitionerId=${net.practitionerB.id}`, keyX)).slots).toEqual([]);
  });
});
