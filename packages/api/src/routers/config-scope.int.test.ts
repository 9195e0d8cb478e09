// A clinic admin of clinic A against clinic B's rows: every write is FORBIDDEN, also when B's ids are smuggled into
// one of A's rows, and nothing is written. The role-level matrix is access-matrix.int.test.ts.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clinic } from '@bn/db';
import { createTestDatabase, createTestNetwork, createUser, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../testing/index.js';
import { createClinicSetup, type ClinicSetup } from '../testing/config-fixtures.js';
import { refusedWithoutWrites } from '../testing/db-fingerprint.js';
import {
  toBookConfig,
  toClinicConfig,
  toDepartmentConfig,
  toPractitionerConfig,
  toRuleConfig,
  toTemplateConfig,
  toTypeConfig,
  toWorkPlanConfig,
} from '../config-shape.js';
import { issueTexts, refusalText } from '../testing/errors.js';

describe('a clinic admin of clinic A and the rows of clinic B', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: ClinicSetup;
  let b: ClinicSetup;
  let admin: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    b = await createClinicSetup(db.orm.em.fork(), n.clinicB, n.practitionerB);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
  });
  afterAll(() => db?.drop());

  const rule = (s: ClinicSetup) => toRuleConfig(s.rule, [s.insuranceTariff.id, s.helfoTariff.id]);

  const cases: [string, (c: Caller) => Promise<unknown>][] = [
    ['clinics.update of B', (c) => c.clinics.update({ ...toClinicConfig(n.clinicB), name: 'Overtatt' })],
    ['clinics.notifySeveralDepartments of B', (c) => c.clinics.notifySeveralDepartments({ clinicId: n.clinicB.id })],
    [
      'memberships.applyFor for B’s practitioner',
      (c) => c.memberships.applyFor({ practitionerId: n.practitionerB.id }),
    ],
    ['departments.upsert of B', (c) => c.departments.upsert({ ...toDepartmentConfig(b.department), name: 'Overtatt' })],
    [
      'departments.upsert moving B’s department to A',
      (c) => c.departments.upsert({ ...toDepartmentConfig(b.department), clinicId: n.clinicA.id }),
    ],
    ['departments.delete of B', (c) => c.departments.delete({ id: b.department.id })],
    [
      'practitioners.upsert of B',
      (c) => c.practitioners.upsert({ ...toPractitionerConfig(n.practitionerB), name: 'Overtatt' }),
    ],
    [
      'practitioners.upsert moving B’s practitioner to A',
      (c) => c.practitioners.upsert({ ...toPractitionerConfig(n.practitionerB), clinicId: n.clinicA.id }),
    ],
    ['practitioners.delete of B', (c) => c.practitioners.delete({ id: n.practitionerB.id })],
    ['books.upsert of B', (c) => c.books.upsert({ ...toBookConfig(b.book), onlineBooking: false })],
    [
      'books.upsert: A’s book owned by B’s practitioner',
      (c) => c.books.upsert({ ...toBookConfig(a.book), ownerPractitionerId: n.practitionerB.id }),
    ],
    [
      'books.upsert: a new book in A owned by B’s practitioner',
      (c) => c.books.upsert({ ...toBookConfig(a.book), id: randomUUID(), ownerPractitionerId: n.practitionerB.id }),
    ],
    ['books.delete of B', (c) => c.books.delete({ id: b.book.id })],
    ['types.upsert of B', (c) => c.types.upsert({ ...toTypeConfig(b.type), bookableOnline: false })],
    [
      'types.upsert: A’s type at B’s department',
      (c) => c.types.upsert({ ...toTypeConfig(a.type), departmentId: b.department.id }),
    ],
    ['types.delete of B', (c) => c.types.delete({ id: b.looseType.id })],
    ['rules.upsert of B', (c) => c.rules.upsert({ ...rule(b), patientList: 'existing_patients' })],
    [
      'rules.upsert: A’s book with B’s tariff-free type',
      (c) => c.rules.upsert({ ...rule(a), id: randomUUID(), typeId: b.looseType.id }),
    ],
    [
      'rules.upsert: B’s book with A’s type',
      (c) => c.rules.upsert({ ...rule(a), id: randomUUID(), bookId: b.book.id, typeId: a.looseType.id }),
    ],
    [
      'rules.upsert: B’s rule moved onto A’s book',
      (c) => c.rules.upsert({ ...rule(b), bookId: a.book.id, typeId: a.looseType.id }),
    ],
    ['rules.delete of B', (c) => c.rules.delete({ id: b.rule.id })],
    ['templates.upsert of B', (c) => c.templates.upsert({ ...toTemplateConfig(b.template), name: 'Overtatt' })],
    [
      'templates.upsert: A’s template placing B’s type',
      (c) =>
        c.templates.upsert({
          ...toTemplateConfig(a.template),
          windows: [{ weekday: 2, start: '08:00', end: '12:00', typeIds: [b.type.id] }],
        }),
    ],
    [
      'templates.upsert: B’s template moved onto A’s book',
      (c) => c.templates.upsert({ ...toTemplateConfig(b.template), bookId: a.book.id }),
    ],
    ['templates.delete of B', (c) => c.templates.delete({ id: b.template.id })],
    ['workPlans.upsert of B', (c) => c.workPlans.upsert({ ...toWorkPlanConfig(b.plan), weeks: [] })],
    [
      'workPlans.upsert: A’s plan using B’s template',
      (c) =>
        c.workPlans.upsert({
          ...toWorkPlanConfig(a.plan),
          weeks: [{ isoYear: 2030, isoWeek: 2, templateId: b.template.id }],
        }),
    ],
    [
      'workPlans.upsert: B’s plan moved onto A’s book',
      (c) => c.workPlans.upsert({ ...toWorkPlanConfig(b.plan), bookId: a.book.id }),
    ],
  ];

  it.each(cases)('%s is FORBIDDEN and writes nothing', async (_what, call) => {
    const failure = await refusedWithoutWrites(db.orm, () => failureOf(call(admin)));
    expect(failure).toMatchObject({ message: 'FORBIDDEN', data: { code: 'FORBIDDEN', appCode: 'FORBIDDEN' } });
    expect(refusalText(failure)).toBe('Du har ikke tilgang til dette.');
  });

  it.each([
    ['clinicConfig.get', (c: Caller) => c.clinicConfig.get({ clinicId: n.clinicB.id })],
    ['readiness.forClinic', (c: Caller) => c.readiness.forClinic({ clinicId: n.clinicB.id })],
    ['audit.forClinic', (c: Caller) => c.audit.forClinic({ clinicId: n.clinicB.id })],
    ['agreements.list', (c: Caller) => c.agreements.list({ clinicId: n.clinicB.id })],
    ['agreements.list of the whole network', (c: Caller) => c.agreements.list()],
  ])('%s of B is FORBIDDEN', async (_what, call) => {
    expect(await failureOf(call(admin))).toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it('the same calls succeed on A’s own rows', async () => {
    await admin.books.upsert({ ...toBookConfig(a.book), name: 'Egen timebok' });
    await admin.types.upsert({ ...toTypeConfig(a.type), name: 'Egen timetype' });
    await admin.rules.upsert(rule(a));
    expect((await admin.clinicConfig.get({ clinicId: n.clinicA.id })).books.map((x) => x.name)).toContain(
      'Egen timebok',
    );
  });

  it('an admin of both clinics may not mix them: a field issue, not a refusal', async () => {
    const em = db.orm.em.fork();
    const both = await createUser(em, {
      role: 'clinic_admin',
      clinics: [
        await em.findOneOrFail(Clinic, { id: n.clinicA.id }),
        await em.findOneOrFail(Clinic, { id: n.clinicB.id }),
      ],
    });
    const caller = await callerAs(db.orm, both.user);
    const failure = await refusedWithoutWrites(db.orm, () =>
      failureOf(caller.books.upsert({ ...toBookConfig(a.book), ownerPractitionerId: n.practitionerB.id })),
    );
    expect(failure).toMatchObject({
      data: {
        code: 'BAD_REQUEST',
        appCode: 'VALIDATION',
        issues: [{ path: ['ownerPractitionerId'], code: 'book.owner_other_clinic' }],
      },
    });
    expect(issueTexts(failure)).toEqual({
      ownerPractitionerId: 'Behandleren arbeider ved en annen klinikk enn timeboken.',
    });
    const rulesFailure = await failureOf(caller.rules.upsert({ ...rule(a), id: randomUUID(), typeId: b.looseType.id }));
    expect(rulesFailure.data).toMatchObject({ appCode: 'VALIDATION' });
    expect(issueTexts(rulesFailure)).toEqual({ typeId: 'Timetypen og timeboken må høre til samme klinikk.' });
  });

  it('support may keep B’s addresses, but not B’s books', async () => {
    const support = await callerAs(db.orm, n.users.support.user);
    await support.departments.upsert({ ...toDepartmentConfig(b.department), name: 'Sentrum' });
    expect(await failureOf(support.books.upsert(toBookConfig(b.book)))).toMatchObject({ data: { code: 'FORBIDDEN' } });
  });
});
