// The readiness loader: the same, fixed number of queries for one pair or many, and the right rows in each subject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { Agreement, AppointmentBook, AppointmentType, Membership, ormConfig } from '@bn/db';
import { createClinic, createInsurer, createPractitioner, createTestDatabase, type TestDatabase } from '@bn/db/testing';
import { NO_RESTRICTIONS, osloDate } from '@bn/domain';
import { createClinicSetup } from '../../testing/config-fixtures.js';
import { loadReadinessSubjects } from './load-readiness-subjects.js';

describe('loadReadinessSubjects', () => {
  let db: TestDatabase;
  let counted: MikroORM;
  let queries = 0;
  const today = osloDate(new Date());
  const ids = { small: '', large: '', other: '', ownerLarge: '', otherPractitioner: '' };

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em);
    const small = await createClinic(em, { name: 'Liten klinikk' });
    await createClinicSetup(em, small);
    const large = await createClinic(em, { name: 'Stor klinikk' });
    const setups = [
      await createClinicSetup(em, large),
      await createClinicSetup(em, large),
      await createClinicSetup(em, large),
    ];
    // A fourth type without department, and a book owned by the clinic (no owner).
    em.create(AppointmentType, { clinic: large, name: 'Ekstra', durationMinutes: 45, ownLimits: NO_RESTRICTIONS });
    em.create(AppointmentBook, {
      clinic: large,
      name: 'Felles',
      ownerKind: 'clinic',
      patientLists: [],
      restrictions: NO_RESTRICTIONS,
    });
    const otherPractitioner = await createPractitioner(em, { clinic: large });
    const owner = setups[0]!.practitioner;
    em.create(Membership, { practitioner: owner, status: 'approved' });
    em.create(Agreement, { insurer, clinic: large, status: 'approved', validFrom: '2026-01-01' });
    em.create(Agreement, {
      insurer,
      practitioner: owner,
      status: 'pending',
      validFrom: '2026-02-01',
      validTo: '2027-01-31',
    });
    em.create(Agreement, { insurer, practitioner: otherPractitioner, status: 'approved', validFrom: '2026-03-01' });
    const other = await createClinic(em, { name: 'Annen klinikk' });
    em.create(Agreement, { insurer, clinic: other, status: 'approved', validFrom: '2026-01-01' });
    await em.flush();
    Object.assign(ids, {
      small: small.id,
      large: large.id,
      other: other.id,
      ownerLarge: owner.id,
      otherPractitioner: otherPractitioner.id,
    });

    const config = ormConfig({ url: db.url, poolMax: 2 });
    counted = await MikroORM.init({ ...config, debug: ['query'], logger: () => void queries++ });
  });
  afterAll(async () => {
    await counted?.close(true);
    await db?.drop();
  });

  const load = async (clinicIds: string[]) => {
    queries = 0;
    const pairs = await loadReadinessSubjects({ em: counted.em.fork(), clinicIds, today });
    return { pairs, queries };
  };

  it('uses the same number of queries for 1 pair as for 25, with no query per pair', async () => {
    const one = await load([ids.small]);
    const many = await load([ids.small, ids.large]);
    expect(one.pairs).toHaveLength(2); // 1 book × 2 types (the fixture's placed type and its loose type)
    expect(many.pairs).toHaveLength(2 + 4 * 7); // the large clinic: 4 books × 7 types
    expect(many.queries).toBe(one.queries);
    expect(one.queries).toBeLessThanOrEqual(12);
  });

  it('gives each pair its clinic’s rows, the owner with membership, and the clinic’s and owner’s agreements only', async () => {
    const { pairs } = await load([ids.large]);
    const owned = pairs.filter((p) => p.subject.owner?.id === ids.ownerLarge);
    expect(owned.length).toBe(7);
    const s = owned[0]!.subject;
    expect(s.today).toBe(today);
    expect(s.clinic).toMatchObject({
      id: ids.large,
      name: 'Stor klinikk',
      integrationActive: true,
      severalDepartmentsNotified: false,
    });
    expect(s.departments).toHaveLength(3);
    expect(s.owner).toMatchObject({ membership: 'approved', profession: 'physiotherapist' });
    expect(s.agreements.sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
      { insurerId: expect.any(String), status: 'approved', validFrom: '2026-01-01', validTo: null, scope: 'clinic' },
      {
        insurerId: expect.any(String),
        status: 'pending',
        validFrom: '2026-02-01',
        validTo: '2027-01-31',
        scope: 'practitioner',
      },
    ]);
    const placed = owned.find((p) => p.subject.rule !== null)!;
    expect(placed.subject.rule!.tariffs.map((t) => t.kind).sort()).toEqual(['helfo', 'insurance']);
    expect(placed.subject.schedule.weeks).toHaveLength(8);
    expect(placed.subject.schedule.templates[0]!.windows[0]!.typeIds).toEqual([placed.type.id]);
    const shared = pairs.find((p) => p.book.name === 'Felles')!;
    expect(shared.subject).toMatchObject({
      owner: null,
      book: { ownerKind: 'clinic' },
      schedule: { weeks: [], templates: [] },
    });
    expect(shared.subject.agreements.map((a) => a.scope)).toEqual(['clinic']);
  });

  it('loads nothing for no clinics', async () => {
    expect(await load([])).toEqual({ pairs: [], queries: 0 });
  });
});
