// search.practitioners, the results by practitioner: each practitioner once, ordered by their earliest free time or by
// distance to the patient's postcode; the cursor pages through them without repeats or gaps; their times are the
// ones search.network finds (the same offers and rules), and another insurer's agent sees none of them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Insurer } from '@bn/db';
import { createTestDatabase, createUser, nextOrgNumber, type TestDatabase } from '@bn/db/testing';
import { addDays, formatTime, isoWeekday } from '@bn/domain';
import { callerAs, failureOf, issueTexts, type Caller } from '../testing/index.js';
import { createSearchNetwork, type SearchNetwork } from '../testing/search-network.js';

const mornings = (typeId: string, start: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end: '12:00', typeIds: [typeId] }));

describe('search.practitioners: the results by practitioner', () => {
  let db: TestDatabase;
  let net: SearchNetwork;
  let agentX: Caller;
  let monday: string;
  const names = ['Kari Nordmann', 'Ola Hansen', 'Per Berg', 'Berit Bergen'];

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createSearchNetwork(db.orm);
    const bergen = {
      id: randomUUID(),
      clinicId: net.clinicId,
      name: 'Bergen sentrum',
      street: 'Strandgaten 18',
      postcode: '5013',
      city: 'Bergen',
    };
    await net.admin.departments.upsert(bergen);
    await net.support.departments.setRegistered({ departmentId: bergen.id, registered: true });
    // Kari starts at 08:00, Ola at 09:00, Per at 10:00 and Berit (in Bergen) at 11:00, every weekday.
    const starts = ['08:00', '09:00', '10:00', '11:00'];
    for (const [i, name] of names.entries()) {
      const p = await net.addPractitioner(name, i === 3 ? { departmentId: bergen.id } : {});
      await net.admin.templates.upsert({ ...p.template, windows: mornings(p.type.id, starts[i]!) });
    }
    agentX = await net.agent('X');
    monday = addDays(net.today, 8 - isoWeekday(net.today));
  });
  afterAll(() => db?.drop());

  const range = () => ({ from: monday, to: addDays(monday, 4) });

  it('orders the practitioners by their earliest free time, each once, with that day’s times first', async () => {
    const page = await agentX.search.practitioners({ ...range(), limit: 10 });
    expect(page.nextCursor).toBeNull();
    expect(page.total).toBe(4);
    expect(page.practitioners.map((p) => p.offers[0]!.practitionerName)).toEqual(names);
    expect(page.practitioners.map((p) => formatTime(p.earliestAt))).toEqual(['08:00', '09:00', '10:00', '11:00']);
    const kari = page.practitioners[0]!;
    // Monday 08:00–12:00 in half hours, then Tuesday: 24 times, earliest first, the first being the earliest time.
    expect(kari.slots).toHaveLength(24);
    expect(kari.slots[0]!.startMs).toBe(kari.earliestAt.getTime());
    expect(kari.slots.slice(0, 8).map((s) => formatTime(s.startMs))).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
    expect(kari.distanceKm).toBeNull();
  });

  it('has the times search.network finds for each practitioner, and no other', async () => {
    const page = await agentX.search.practitioners({ ...range(), limit: 10 });
    for (const p of page.practitioners) {
      const name = p.offers[0]!.practitionerName;
      const { hits } = await agentX.search.network({ ...range(), practitionerName: name, limit: 24 });
      expect(p.slots.map((s) => new Date(s.startMs).toISOString())).toEqual(hits.map((h) => h.startAt.toISOString()));
      expect(p.offers.map((o) => o.bookId)).toEqual([hits[0]!.bookId]);
    }
  });

  it('pages through the practitioners with the cursor: no repeats, no gaps, the same order', async () => {
    const seen: string[] = [];
    let cursor: Awaited<ReturnType<Caller['search']['practitioners']>>['nextCursor'] = null;
    for (let i = 0; i < 10; i++) {
      const page = await agentX.search.practitioners({ ...range(), limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.practitioners.map((p) => p.offers[0]!.practitionerName));
      expect(page.total).toBe(4);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(names);
  });

  it('sorts by distance to the patient’s postcode, nearest first, and says where that postcode is', async () => {
    const page = await agentX.search.practitioners({ ...range(), sort: 'distance', patientPostcode: '5003' });
    expect(page.patientPlace).toEqual({ postcode: '5003', place: 'Bergen' });
    expect(page.practitioners.map((p) => p.offers[0]!.practitionerName)).toEqual([
      'Berit Bergen',
      'Kari Nordmann',
      'Ola Hansen',
      'Per Berg',
    ]);
    const [berit, ...oslo] = page.practitioners;
    expect(berit!.distanceKm).toBeLessThan(5);
    // Bergen to Oslo, town to town, as the crow flies: about 305 km.
    for (const p of oslo) expect(p.distanceKm).toBeGreaterThan(250);

    // From Oslo the Bergen practitioner is the farthest; paging by distance keeps that order.
    const fromOslo: string[] = [];
    let cursor: Awaited<ReturnType<Caller['search']['practitioners']>>['nextCursor'] = null;
    for (let i = 0; i < 10; i++) {
      const next = await agentX.search.practitioners({
        ...range(),
        sort: 'distance',
        patientPostcode: '0366',
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      fromOslo.push(...next.practitioners.map((p) => p.offers[0]!.practitionerName));
      cursor = next.nextCursor;
      if (!cursor) break;
    }
    expect(fromOslo).toEqual(['Kari Nordmann', 'Ola Hansen', 'Per Berg', 'Berit Bergen']);
  });

  it('a postcode the register does not know sorts by the earliest time, and says so by patientPlace', async () => {
    const page = await agentX.search.practitioners({ ...range(), sort: 'distance', patientPostcode: '0000' });
    expect(page.patientPlace).toBeNull();
    expect(page.practitioners.map((p) => p.offers[0]!.practitionerName)).toEqual(names);
    expect(page.practitioners.every((p) => p.distanceKm === null)).toBe(true);
  });

  it('applies the search’s filters: place and name', async () => {
    const bergen = await agentX.search.practitioners({ ...range(), place: 'Bergen' });
    expect(bergen.practitioners.map((p) => p.offers[0]!.practitionerName)).toEqual(['Berit Bergen']);
    const byName = await agentX.search.practitioners({ ...range(), practitionerName: 'hansen ola' });
    expect(byName.practitioners.map((p) => p.offers[0]!.practitionerName)).toEqual(['Ola Hansen']);
    const nowhere = await agentX.search.practitioners({ ...range(), place: 'Tromsø' });
    expect(nowhere).toEqual({ practitioners: [], total: 0, nextCursor: null, patientPlace: null });
  });

  it('an agent of an insurer without agreements sees no practitioner', async () => {
    const insurerZ = randomUUID();
    await net.operator.insurers.upsert({ id: insurerZ, name: 'Vertikal Helse', orgNumber: nextOrgNumber() });
    const em = db.orm.em.fork();
    const agentZ = await callerAs(
      db.orm,
      (await createUser(em, { role: 'insurer_agent', insurer: await em.findOneOrFail(Insurer, { id: insurerZ }) }))
        .user,
    );
    expect((await agentZ.search.practitioners(range())).practitioners).toEqual([]);
  });

  it('refuses distance without the patient’s postcode, and pages above 30, in words', async () => {
    const noPostcode = await failureOf(agentX.search.practitioners({ ...range(), sort: 'distance' }));
    expect(noPostcode.data.code).toBe('BAD_REQUEST');
    expect(issueTexts(noPostcode)).toEqual({
      patientPostcode: 'Skriv pasientens postnummer for å sortere etter avstand.',
    });
    expect(issueTexts(noPostcode, 'en')).toEqual({
      patientPostcode: "Enter the patient's postcode to sort by distance.",
    });
    const tooMany = await failureOf(agentX.search.practitioners({ ...range(), limit: 31 }));
    expect(tooMany.data.code).toBe('BAD_REQUEST');
    const badPostcode = await failureOf(agentX.search.practitioners({ ...range(), patientPostcode: '03a6' }));
    expect(issueTexts(badPostcode)).toEqual({ patientPostcode: 'Postnummer er fire siffer.' });
  });
});
