// What an insurer's agent finds in `search.network` follows the readiness check, rule by rule: a clinic configured
// through the procedures shows Kari's times to insurers X and Y; turning one rule off removes them (for N3 only
// from the insurer without an agreement, for N4 from the insurer that does not offer psychologist booking), and
// turning it back on restores them. Both query shapes are asked: the search table (tariff + city) and the offers
// first (a name). The tests share one clinic and run in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { addDays, type PractitionerConfig } from '@bn/domain';
import type { Caller } from '../testing/index.js';
import { createSearchNetwork, type SearchNetwork, type SearchPractitioner } from '../testing/search-network.js';

describe('search visibility follows the readiness rules', () => {
  let db: TestDatabase;
  let net: SearchNetwork;
  let kari: SearchPractitioner;
  let ola: SearchPractitioner;
  let agentX: Caller;
  let agentY: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    net = await createSearchNetwork(db.orm);
    kari = await net.addPractitioner('Kari Nordmann');
    ola = await net.addPractitioner('Ola Hansen');
    agentX = await net.agent('X');
    agentY = await net.agent('Y');
  });
  afterAll(() => db?.drop());

  /** Whether the agent sees Kari: through the search table and through the offers first, which must agree. */
  const seesKari = async (agent: Caller): Promise<boolean> => {
    const range = { from: net.today, to: addDays(net.today, 13), limit: 100 };
    const broad = await agent.search.network({ ...range, tariffCode: 'b1010', place: 'oslo' });
    const byName = await agent.search.network({ ...range, practitionerName: 'kari' });
    const viaTable = broad.hits.some((h) => h.practitionerId === kari.practitioner.id);
    const viaOffers = byName.hits.some((h) => h.practitionerId === kari.practitioner.id);
    expect(viaOffers).toBe(viaTable);
    return viaTable;
  };
  const seesOla = async (agent: Caller): Promise<boolean> =>
    (
      await agent.search.network({ from: net.today, to: addDays(net.today, 13), practitionerName: 'ola', limit: 5 })
    ).hits.some((h) => h.practitionerId === ola.practitioner.id);

  it('both insurers see Kari, with the owner, clinic, address, tariff name and type name', async () => {
    expect(await seesKari(agentX)).toBe(true);
    expect(await seesKari(agentY)).toBe(true);
    expect(await seesOla(agentX)).toBe(true);
    const { hits } = await agentX.search.network({
      from: net.today,
      to: addDays(net.today, 13),
      practitionerName: 'Kari Nordmann',
      limit: 1,
    });
    expect(hits[0]).toMatchObject({
      practitionerName: 'Kari Nordmann',
      clinicName: 'Majorstuen Fysioterapi',
      departmentName: 'Majorstuen',
      street: 'Bogstadveien 54',
      postcode: '0366',
      city: 'Oslo',
      tariffCode: 'B1010',
      tariffName: 'Fysioterapi konsultasjon',
      typeName: 'Fysioterapi 30 min (Kari Nordmann)',
      durationMinutes: 30,
    });
  });

  // A new profession resets the approval (the network approved the old one); the operator approves it again, so only
  // the rule the change is about decides.
  const changedPractitioner = async (p: PractitionerConfig) => {
    await net.admin.practitioners.upsert(p);
    await net.operator.memberships.decide({ practitionerId: p.id, status: 'approved' });
  };
  // [rule, what, undo, redo, whether Ola (same clinic, own book) is hit too]
  const flips: [string, string, () => Promise<unknown>, () => Promise<unknown>, boolean][] = [
    [
      'N1',
      'the practitioner is of another profession',
      () => changedPractitioner({ ...kari.practitioner, profession: 'other', hprNumber: null }),
      () => changedPractitioner(kari.practitioner),
      false,
    ],
    [
      'N2',
      'the membership is revoked',
      () => net.operator.memberships.decide({ practitionerId: kari.practitioner.id, status: 'revoked' }),
      () => net.operator.memberships.decide({ practitionerId: kari.practitioner.id, status: 'approved' }),
      false,
    ],
    [
      'N5',
      'the integration is switched off',
      () => net.support.clinics.setIntegration({ clinicId: net.clinicId, active: false, reason: 'Test' }),
      () => net.support.clinics.setIntegration({ clinicId: net.clinicId, active: true }),
      true,
    ],
    [
      'B1',
      'the book is owned by the clinic',
      () => net.admin.books.upsert({ ...kari.book, ownerKind: 'clinic', ownerPractitionerId: null }),
      () => net.admin.books.upsert(kari.book),
      false,
    ],
    [
      'B3',
      'the book is closed for online booking',
      () => net.admin.books.upsert({ ...kari.book, onlineBooking: false }),
      () => net.admin.books.upsert(kari.book),
      false,
    ],
    [
      'B4',
      'only existing patients may book in the book',
      () => net.admin.books.upsert({ ...kari.book, patientLists: ['existing_patients'] }),
      () => net.admin.books.upsert(kari.book),
      false,
    ],
    [
      'T2',
      'the type is not bookable online',
      () => net.admin.types.upsert({ ...kari.type, bookableOnline: false }),
      () => net.admin.types.upsert(kari.type),
      false,
    ],
    [
      'T2',
      'the rule carries only the Helfo tariff',
      () => net.admin.rules.upsert({ ...kari.rule, tariffIds: [net.tariff.a3a] }),
      () => net.admin.rules.upsert(kari.rule),
      false,
    ],
    [
      'T2',
      'the rule is deleted',
      () => net.admin.rules.delete({ id: kari.rule.id }),
      () => net.admin.rules.upsert(kari.rule),
      false,
    ],
    [
      'D2',
      'the type moves to a department not registered with the network',
      () => net.admin.types.upsert({ ...kari.type, departmentId: net.dept.bislett.id }),
      () => net.admin.types.upsert(kari.type),
      false,
    ],
    [
      'D2',
      'support takes the registration of the address back',
      () => net.support.departments.setRegistered({ departmentId: net.dept.majorstuen.id, registered: false }),
      () => net.support.departments.setRegistered({ departmentId: net.dept.majorstuen.id, registered: true }),
      true,
    ],
    [
      'S1',
      'the template no longer places the type',
      // A template always has a window: this one places only Ola's type.
      () =>
        net.admin.templates.upsert({
          ...kari.template,
          windows: kari.template.windows.map((w) => ({ ...w, typeIds: [ola.type.id] })),
        }),
      () => net.admin.templates.upsert(kari.template),
      false,
    ],
  ];

  it.each(flips)(
    '%s: Kari disappears for both insurers when %s, and comes back',
    async (_rule, _what, undo, redo, clinicWide) => {
      await undo();
      expect(await seesKari(agentX)).toBe(false);
      expect(await seesKari(agentY)).toBe(false);
      expect(await seesOla(agentX)).toBe(!clinicWide);
      await redo();
      expect(await seesKari(agentX)).toBe(true);
      expect(await seesKari(agentY)).toBe(true);
    },
  );

  it('T5: a type with an address is offered only at that department', async () => {
    await net.support.departments.setRegistered({ departmentId: net.dept.bislett.id, registered: true });
    await net.admin.types.upsert({ ...kari.type, departmentId: net.dept.bislett.id });
    const range = { from: net.today, to: addDays(net.today, 13), limit: 100 };
    const atBislett = await agentX.search.network({ ...range, place: '0358' });
    const atMajorstuen = await agentX.search.network({ ...range, place: '0366' });
    expect(new Set(atBislett.hits.map((h) => `${h.practitionerName}, ${h.departmentName}`))).toEqual(
      new Set(['Kari Nordmann, Bislett']),
    );
    expect(new Set(atMajorstuen.hits.map((h) => `${h.practitionerName}, ${h.departmentName}`))).toEqual(
      new Set(['Ola Hansen, Majorstuen']),
    );
    await net.admin.types.upsert(kari.type);
    await net.support.departments.setRegistered({ departmentId: net.dept.bislett.id, registered: false });
    expect(await seesKari(agentX)).toBe(true);
  });

  it('N3: when the agreement with X ends, only X loses Kari (and Ola, same clinic); Y keeps both', async () => {
    await net.operator.agreements.upsert({ ...net.agreementX, status: 'ended', validTo: net.today });
    const range = { from: net.today, to: addDays(net.today, 13), limit: 100 };
    expect((await agentX.search.network(range)).hits).toEqual([]);
    expect(await seesKari(agentY)).toBe(true);
    const why = await agentX.search.whyNoTimes({
      practitionerId: kari.practitioner.id,
      from: net.today,
      to: addDays(net.today, 13),
    });
    // Without an agreement the agent learns only that, nothing of the clinic's set-up for other insurers.
    expect(why.items).toEqual([]);
    expect(why.general.map((g) => [g.code, g.message])).toEqual([['N3', 'Klinikken har ingen avtale med Storebrand.']]);
    await net.operator.agreements.upsert({ ...net.agreementX, status: 'approved' });
    expect(await seesKari(agentX)).toBe(true);
  });

  it('N4: as a psychologist Kari is offered only by Y, the insurer that offers psychologist booking', async () => {
    await changedPractitioner({ ...kari.practitioner, profession: 'psychologist' });
    expect(await seesKari(agentX)).toBe(false);
    expect(await seesKari(agentY)).toBe(true);
    const why = await agentX.search.whyNoTimes({
      practitionerId: kari.practitioner.id,
      from: net.today,
      to: addDays(net.today, 13),
    });
    expect(why.items[0]).toMatchObject({
      status: 'not_offered',
      reasons: [{ code: 'N4', message: 'Storebrand tilbyr ikke online booking for psykologer.' }],
    });
    await changedPractitioner(kari.practitioner);
    expect(await seesKari(agentX)).toBe(true);
  });

  it('the filters list only what the insurer has offers for, and "why" says bookable when it is', async () => {
    expect(await agentX.search.filters()).toEqual({
      tariffs: [{ code: 'B1010', name: 'Fysioterapi konsultasjon' }],
      professions: ['physiotherapist'],
      cities: ['Oslo'],
    });
    const why = await agentY.search.whyNoTimes({
      practitionerId: kari.practitioner.id,
      from: net.today,
      to: addDays(net.today, 13),
    });
    expect(why.items.map((i) => i.status)).toEqual(['bookable']);
  });
});
