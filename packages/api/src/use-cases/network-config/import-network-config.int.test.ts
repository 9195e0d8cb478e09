import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditEntry,
  Clinic,
  Membership,
  User,
  UserClinic,
  demoNetworkDocument,
  entities,
  verifyPassword,
} from '@bn/db';
import { createTestDatabase, type TestDatabase } from '@bn/db/testing';
import {
  formatIssuePath,
  NetworkConfigRejected,
  NETWORK_CONFIG_SECTIONS,
  parseNetworkConfig,
  serializeNetworkConfig,
  type NetworkConfig,
  type NetworkConfigInput,
} from '@bn/domain';
import { exportNetworkConfig } from './export-network-config.js';
import { importNetworkConfig } from './import-network-config.js';

const demo = () => structuredClone(demoNetworkDocument) as NetworkConfigInput;

describe('importing and exporting the network configuration', () => {
  let db: TestDatabase;
  const em = () => db.orm.em.fork();
  const rowCounts = async () => {
    const fork = em();
    return Object.fromEntries(
      await Promise.all(entities.map(async (e) => [e.meta.className, await fork.count(e.meta.className, {})] as const)),
    );
  };
  const exported = async () => serializeNetworkConfig(await exportNetworkConfig({ em: em() }));
  const rejection = async (document: unknown) => {
    const error = await importNetworkConfig({ em: em(), document }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkConfigRejected);
    return (error as NetworkConfigRejected).issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('imports the demo document, reporting progress up to the total', async () => {
    const progress: [number, number][] = [];
    const result = await importNetworkConfig({
      em: em(),
      document: demo(),
      onProgress: (done, total) => progress.push([done, total]),
    });
    const doc = demo();
    for (const section of NETWORK_CONFIG_SECTIONS) {
      expect(result.counts[section], section).toEqual({ created: doc[section]!.length, updated: 0, unchanged: 0 });
    }
    const total = NETWORK_CONFIG_SECTIONS.reduce((n, s) => n + doc[s]!.length, 0);
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    const audit = await em().find(AuditEntry, { action: 'import' });
    expect(audit).toHaveLength(total);
    expect(new Set(audit.map((a) => a.actorName))).toEqual(new Set(['system']));
  });

  it('exports exactly what the demo document says', async () => {
    const { $schema: _, ...expected } = (parseNetworkConfig(demo()) as { data: NetworkConfig }).data;
    expect(await exportNetworkConfig({ em: em() })).toEqual(expected);
  });

  it('a second import of the same document changes nothing and writes no audit entries', async () => {
    const before = await rowCounts();
    const result = await importNetworkConfig({ em: em(), document: demo() });
    expect(result.changed).toBe(0);
    expect(result.counts.books).toEqual({ created: 0, updated: 0, unchanged: demo().books!.length });
    expect(await rowCounts()).toEqual(before);
  });

  it('export → import → export gives the same bytes', async () => {
    const first = await exported();
    const result = await importNetworkConfig({ em: em(), document: JSON.parse(first) });
    expect(result.changed).toBe(0);
    expect(await exported()).toBe(first);
  });

  it('never exports a password', async () => {
    const text = await exported();
    expect(text).not.toMatch(/password|argon2/i);
  });

  it('rejects a document with one bad reference, naming its path, and writes nothing', async () => {
    const before = await rowCounts();
    const doc = demo();
    doc.insurers!.push({ id: 'insurer-new', name: 'Ny Forsikring', orgNumber: '974760673' });
    doc.books![2]!.ownerPractitionerId = 'practitioner-nobody';
    expect(await rejection(doc)).toEqual([
      'books[2].ownerPractitionerId: Finner ingen behandler med id «practitioner-nobody».',
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('rejects a malformed document with the path of each field', async () => {
    const doc = demo() as Record<string, unknown> & NetworkConfigInput;
    (doc.types![0] as Record<string, unknown>).durationMinutes = 7;
    (doc.clinics![1] as Record<string, unknown>).orgNumber = '123';
    expect(await rejection(doc)).toEqual([
      'clinics[1].orgNumber: Ugyldig organisasjonsnummer (9 siffer med gyldig kontrollsiffer).',
      'types[0].durationMinutes: Varighet må gå opp i hele 5 minutter.',
    ]);
  });

  it('updates only what changed, with one audit entry holding before and after', async () => {
    const doc = demo();
    doc.clinics!.find((c) => c.id === 'clinic-majorstuen')!.name = 'Majorstuen Fysio';
    const notifiedAt = (await em().findOneOrFail(Clinic, 'clinic-majorstuen')).severalDepartmentsNotifiedAt;
    const result = await importNetworkConfig({ em: em(), document: doc });
    expect(result.changed).toBe(1);
    expect(result.counts.clinics).toEqual({ created: 0, updated: 1, unchanged: doc.clinics!.length - 1 });
    const [entry] = await em().find(
      AuditEntry,
      { entity: 'clinic', entityId: 'clinic-majorstuen', action: 'import' },
      { orderBy: { createdAt: 'desc' } },
    );
    expect(entry).toMatchObject({
      clinicId: 'clinic-majorstuen',
      before: { name: 'Majorstuen Fysioterapi og Kiropraktikk' },
      after: { name: 'Majorstuen Fysio' },
    });
    // The document says "notified: yes" both times, so the time the clinic gave notice is kept.
    expect((await em().findOneOrFail(Clinic, 'clinic-majorstuen')).severalDepartmentsNotifiedAt).toEqual(notifiedAt);
  });

  it('never touches an existing user’s password; a new user gets one nobody can sign in with', async () => {
    const fork = em();
    const kari = await fork.findOneOrFail(User, 'user-kari', { populate: ['passwordHash'] });
    kari.passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$known';
    await fork.flush();
    const doc = demo();
    doc.users![2]!.name = 'Kari N. Nordmann';
    doc.users!.push({
      id: 'user-new',
      email: 'ny@majorstuen.demo',
      name: 'Ny Admin',
      role: 'clinic_admin',
      clinicIds: ['clinic-majorstuen'],
    });
    await importNetworkConfig({ em: em(), document: doc });
    const users = await em().find(User, { id: { $in: ['user-kari', 'user-new'] } }, { populate: ['passwordHash'] });
    expect(users.find((u) => u.id === 'user-kari')).toMatchObject({
      name: 'Kari N. Nordmann',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$known',
    });
    const newcomer = users.find((u) => u.id === 'user-new')!;
    expect(await verifyPassword(newcomer.passwordHash, '')).toBe(false);
    expect(newcomer.passwordHash).not.toMatch(/^\$argon2/);
  });

  it('moves a clinic admin between clinics and records when a membership was decided', async () => {
    const part = {
      version: 1,
      users: [
        {
          id: 'user-admin-majorstuen',
          email: 'admin@majorstuen.demo',
          name: 'Anne Admin',
          role: 'clinic_admin',
          clinicIds: ['clinic-bergen', 'clinic-trondheim'],
        },
      ],
      memberships: [{ id: 'membership-lars', practitionerId: 'practitioner-lars', status: 'approved' }],
    };
    const now = new Date('2026-11-20T10:00:00Z');
    expect((await importNetworkConfig({ em: em(), document: part, now })).changed).toBe(2);
    expect((await em().find(UserClinic, { user: 'user-admin-majorstuen' })).map((uc) => uc.clinic.id).sort()).toEqual([
      'clinic-bergen',
      'clinic-trondheim',
    ]);
    expect((await em().findOneOrFail(Membership, 'membership-lars')).decidedAt).toEqual(now);
  });

  it('imports a part of the network that refers to what is already stored', async () => {
    const part = {
      version: 1,
      types: [
        {
          id: 'type-majorstuen-telefon',
          clinicId: 'clinic-majorstuen',
          name: 'Kiropraktor telefon 15 min',
          durationMinutes: 15,
          bookableOnline: true,
        },
      ],
      rules: [
        {
          id: 'rule-ola-telefon',
          typeId: 'type-majorstuen-telefon',
          bookId: 'book-ola',
          patientList: 'all_patients',
          tariffIds: ['tariff-k5', 'tariff-b1011'],
        },
      ],
    };
    const result = await importNetworkConfig({ em: em(), document: part });
    expect(result.changed).toBe(2);
    const doc = await exportNetworkConfig({ em: em() });
    expect(doc.rules.find((r) => r.id === 'rule-ola-telefon')?.tariffIds).toEqual(['tariff-b1011', 'tariff-k5']);
  });

  it('reports progress through a large document', async () => {
    const tariffs = Array.from({ length: 1000 }, (_, i) => ({
      id: `tariff-own-${String(i).padStart(4, '0')}`,
      code: `X${i}`,
      name: `Egen takst ${i}`,
      kind: 'own',
    }));
    const progress: number[] = [];
    const result = await importNetworkConfig({
      em: em(),
      document: { version: 1, tariffs },
      onProgress: (done) => progress.push(done),
    });
    expect(result.counts.tariffs.created).toBe(1000);
    expect(progress).toEqual([0, 200, 400, 600, 800, 1000]);
  });
});
