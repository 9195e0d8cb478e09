// "Klar for online booking?" through the API: a practitioner configured from nothing, procedure by procedure, until
// every check is ok; then each rule's configuration undone in turn fails exactly that rule. The tests share one
// clinic and run in order.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clinic } from '@bn/db';
import { createTestDatabase, createUser, nextOrgNumber, type TestDatabase } from '@bn/db/testing';
import {
  addDays,
  isoWeek,
  osloDate,
  NO_RESTRICTIONS,
  type AppointmentTypeConfig,
  type BookConfig,
  type PractitionerConfig,
} from '@bn/domain';
import { callerAs, type Caller } from '../testing/index.js';

describe('readiness of a practitioner configured from nothing', () => {
  let db: TestDatabase;
  let operator: Caller;
  let support: Caller;
  let admin: Caller;

  const clinicId = randomUUID();
  const insurerId = randomUUID();
  const agreementId = randomUUID();
  const tariff = { b1010: randomUUID(), a3a: randomUUID() };
  const dept = {
    majorstuen: {
      id: randomUUID(),
      clinicId,
      name: 'Majorstuen',
      street: 'Bogstadveien 54',
      postcode: '0366',
      city: 'Oslo',
    },
    bislett: {
      id: randomUUID(),
      clinicId,
      name: 'Bislett',
      street: 'Thereses gate 12',
      postcode: '0358',
      city: 'Oslo',
    },
  };
  const kari: PractitionerConfig = {
    id: randomUUID(),
    clinicId,
    name: 'Kari Nordmann',
    profession: 'physiotherapist',
    hprNumber: '9144889',
  };
  const book: BookConfig = {
    id: randomUUID(),
    clinicId,
    name: 'Kari',
    ownerKind: 'practitioner',
    ownerPractitionerId: kari.id,
    groupName: null,
    onlineBooking: true,
    patientLists: ['all_patients'],
    restrictions: NO_RESTRICTIONS,
  };
  const type: AppointmentTypeConfig = {
    id: randomUUID(),
    clinicId,
    name: 'Fysioterapi 30 min',
    durationMinutes: 30,
    colour: '#3366cc',
    bookableOnline: true,
    notificationsOn: true,
    automaticDialog: null,
    departmentId: dept.majorstuen.id,
    ownLimitsEnabled: false,
    ownLimits: NO_RESTRICTIONS,
  };
  const rule = {
    id: randomUUID(),
    typeId: type.id,
    bookId: book.id,
    patientList: 'all_patients' as const,
    tariffIds: [tariff.a3a, tariff.b1010],
  };
  const template = {
    id: randomUUID(),
    bookId: book.id,
    name: 'Vanlig uke',
    windows: [{ weekday: 1, start: '08:00', end: '15:00', typeIds: [type.id] }],
    breaks: [],
  };
  const today = osloDate(new Date());
  const plan = {
    id: randomUUID(),
    bookId: book.id,
    weeks: Array.from({ length: 10 }, (_, i) => ({ ...isoWeek(addDays(today, i * 7)), templateId: template.id })),
  };
  const agreement = { id: agreementId, insurerId, clinicId, validFrom: addDays(today, -30), validTo: null };

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    operator = await callerAs(db.orm, (await createUser(em, { role: 'network_operator' })).user);
    support = await callerAs(db.orm, (await createUser(em, { role: 'support' })).user);
  });
  afterAll(() => db?.drop());

  const readiness = async () => {
    const rows = await admin.readiness.forClinic({ clinicId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      book: { id: book.id, name: 'Kari' },
      type: { id: type.id, name: 'Fysioterapi 30 min' },
    });
    return rows[0]!.result;
  };
  const failing = async () =>
    (await readiness()).checks
      .filter((c) => c.status === 'fail')
      .map((c) => c.rule)
      .sort();

  it('the network registers the insurer, the tariffs and the clinic', async () => {
    await operator.insurers.upsert({
      id: insurerId,
      name: 'Storebrand',
      orgNumber: '958995369',
      hasPatientApp: true,
      appName: 'Bli frisk',
    });
    await operator.tariffs.upsert({
      id: tariff.b1010,
      code: 'B1010',
      name: 'Fysioterapi konsultasjon',
      kind: 'insurance',
      professions: [],
    });
    await operator.tariffs.upsert({
      id: tariff.a3a,
      code: 'A3a',
      name: 'Behandling hos fysioterapeut',
      kind: 'helfo',
      professions: ['physiotherapist'],
    });
    await operator.clinics.create({ id: clinicId, name: 'Klinikk fra null', orgNumber: nextOrgNumber() });
    const em = db.orm.em.fork();
    admin = await callerAs(
      db.orm,
      (await createUser(em, { role: 'clinic_admin', clinics: [await em.findOneOrFail(Clinic, { id: clinicId })] }))
        .user,
    );
    expect(await admin.readiness.forClinic({ clinicId })).toEqual([]);
  });

  it('the clinic configures departments, practitioner, book, type, rule, template and work plan', async () => {
    await admin.departments.upsert(dept.majorstuen);
    await admin.departments.upsert(dept.bislett);
    await admin.practitioners.upsert(kari);
    await admin.books.upsert(book);
    await admin.types.upsert(type);
    await admin.rules.upsert(rule);
    await admin.templates.upsert(template);
    await admin.workPlans.upsert(plan);
    // What is left is for the network and support, and the clinic's own notices.
    expect(await failing()).toEqual(['D2', 'N2', 'N3', 'N5']);
  });

  it('membership: applied (pending), then approved by the operator (N2)', async () => {
    expect(await admin.memberships.applyFor({ practitionerId: kari.id })).toMatchObject({ status: 'pending' });
    expect((await readiness()).checks.find((c) => c.rule === 'N2')).toMatchObject({
      status: 'fail',
      message: 'Søknaden om medlemskap venter på godkjenning hos nettverket.',
    });
    await operator.memberships.decide({ practitionerId: kari.id, status: 'approved' });
    expect(await failing()).toEqual(['D2', 'N3', 'N5']);
  });

  it('departments: the clinic notifies, support registers the address (D2); support activates the integration (N5)', async () => {
    await admin.clinics.notifySeveralDepartments({ clinicId });
    expect(await failing()).toEqual(['D2', 'N3', 'N5']);
    await support.departments.setRegistered({ departmentId: dept.majorstuen.id, registered: true });
    await support.clinics.setIntegration({ clinicId, active: true });
    expect(await failing()).toEqual(['N3']);
  });

  it('the operator approving a pending agreement turns the insurer bookable (N3)', async () => {
    await operator.agreements.upsert({ ...agreement, status: 'pending' });
    const pending = await readiness();
    expect(pending.checks.find((c) => c.rule === 'N3')).toMatchObject({
      status: 'fail',
      message: 'Avtalen med forsikringsselskapet venter på godkjenning hos nettverket.',
    });
    expect(pending.insurers).toEqual([
      expect.objectContaining({ insurerId, bookable: false, reasons: [expect.objectContaining({ rule: 'N3' })] }),
    ]);

    await operator.agreements.upsert({ ...agreement, status: 'approved' });
    const ready = await readiness();
    expect(ready.checks.filter((c) => c.status !== 'ok')).toEqual([]);
    expect(ready).toMatchObject({
      bookable: true,
      insurers: [{ insurerId, insurerName: 'Storebrand', bookable: true, reasons: [] }],
      insuranceTariffs: [{ id: tariff.b1010, code: 'B1010', name: 'Fysioterapi konsultasjon' }],
      addresses: [{ departmentId: dept.majorstuen.id, name: 'Majorstuen' }],
    });
  });

  // A new profession resets the approval (the network approved the old one); the operator approves it again, so only
  // the rule the change is about fails.
  const changedPractitioner = async (p: PractitionerConfig) => {
    await admin.practitioners.upsert(p);
    await operator.memberships.decide({ practitionerId: p.id, status: 'approved' });
  };
  const registerMajorstuen = () =>
    support.departments.setRegistered({ departmentId: dept.majorstuen.id, registered: true });
  const flips: [string, string, () => Promise<unknown>, () => Promise<unknown>][] = [
    [
      'N1',
      'the practitioner is of another profession',
      () => changedPractitioner({ ...kari, profession: 'other', hprNumber: null }),
      () => changedPractitioner(kari),
    ],
    [
      'N2',
      'the membership is revoked',
      () => operator.memberships.decide({ practitionerId: kari.id, status: 'revoked' }),
      () => operator.memberships.decide({ practitionerId: kari.id, status: 'approved' }),
    ],
    [
      'N3',
      'the agreement has ended',
      () => operator.agreements.upsert({ ...agreement, status: 'ended' }),
      () => operator.agreements.upsert({ ...agreement, status: 'approved' }),
    ],
    [
      'N4',
      'the practitioner is a psychologist',
      () => changedPractitioner({ ...kari, profession: 'psychologist' }),
      () => changedPractitioner(kari),
    ],
    [
      'N5',
      'the integration is switched off',
      () => support.clinics.setIntegration({ clinicId, active: false, reason: 'Test' }),
      () => support.clinics.setIntegration({ clinicId, active: true }),
    ],
    [
      'B1',
      'the book is owned by the clinic',
      () => admin.books.upsert({ ...book, ownerKind: 'clinic', ownerPractitionerId: null }),
      () => admin.books.upsert(book),
    ],
    [
      'B3',
      'the book is closed for online booking',
      () => admin.books.upsert({ ...book, onlineBooking: false }),
      () => admin.books.upsert(book),
    ],
    [
      'B4',
      'only existing patients may book in the book',
      () => admin.books.upsert({ ...book, patientLists: ['existing_patients'] }),
      () => admin.books.upsert(book),
    ],
    [
      'T2',
      'the type is not bookable online',
      () => admin.types.upsert({ ...type, bookableOnline: false }),
      () => admin.types.upsert(type),
    ],
    [
      'T2',
      'the rule carries only the Helfo tariff',
      () => admin.rules.upsert({ ...rule, tariffIds: [tariff.a3a] }),
      () => admin.rules.upsert(rule),
    ],
    ['T2', 'the rule is deleted', () => admin.rules.delete({ id: rule.id }), () => admin.rules.upsert(rule)],
    [
      'T2',
      'the rule is for existing patients',
      () => admin.rules.upsert({ ...rule, patientList: 'existing_patients' }),
      () => admin.rules.upsert(rule),
    ],
    [
      'T5',
      'the clinic has no visiting address',
      async () => {
        await admin.types.upsert({ ...type, departmentId: null });
        await admin.departments.delete({ id: dept.majorstuen.id });
        await admin.departments.delete({ id: dept.bislett.id });
      },
      async () => {
        await admin.departments.upsert(dept.majorstuen);
        await admin.departments.upsert(dept.bislett);
        await registerMajorstuen();
        await admin.types.upsert(type);
      },
    ],
    [
      'D2',
      'support takes the registration back',
      () => support.departments.setRegistered({ departmentId: dept.majorstuen.id, registered: false }),
      registerMajorstuen,
    ],
    [
      'D2',
      'the address changes, so the network no longer has it',
      () => admin.departments.upsert({ ...dept.majorstuen, street: 'Bogstadveien 56' }),
      async () => {
        await admin.departments.upsert(dept.majorstuen);
        await registerMajorstuen();
      },
    ],
    [
      'S1',
      'the work plan uses no template',
      () => admin.workPlans.upsert({ ...plan, weeks: [] }),
      () => admin.workPlans.upsert(plan),
    ],
  ];

  it.each(flips)(
    '%s fails, and only it, when %s; fixing it makes the book bookable again',
    async (ruleId, _what, undo, redo) => {
      await undo();
      expect(await failing()).toEqual([ruleId]);
      expect((await readiness()).insurers.map((i) => i.bookable)).toEqual([false]);
      await redo();
      expect(await failing()).toEqual([]);
      expect((await readiness()).bookable).toBe(true);
    },
  );

  it('N4: a psychologist is bookable by the insurer that offers it, through a personal agreement of the owner', async () => {
    const falck = randomUUID();
    await operator.insurers.upsert({
      id: falck,
      name: 'Falck Helse',
      orgNumber: '912300013',
      offersPsychologistBooking: true,
    });
    await operator.agreements.upsert({
      id: randomUUID(),
      insurerId: falck,
      practitionerId: kari.id,
      status: 'approved',
      validFrom: today,
    });
    await changedPractitioner({ ...kari, profession: 'psychologist' });
    const r = await readiness();
    expect(r.insurers.map((i) => [i.insurerName, i.bookable, i.reasons.map((x) => x.rule)])).toEqual([
      ['Falck Helse', true, []],
      ['Storebrand', false, ['N4']],
    ]);
    await changedPractitioner(kari);
  });

  it('every role that reads the clinic sees the same answer', async () => {
    const mine = await admin.readiness.forClinic({ clinicId });
    expect(await operator.readiness.forClinic({ clinicId })).toEqual(mine);
    expect(await support.readiness.forClinic({ clinicId })).toEqual(mine);
  });
});
