// What the admin app reads: the clinic's whole configuration, the operator's and support's work lists, holidays.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement, Membership } from '@bn/db';
import { createTestDatabase, createTestNetwork, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { callerAs, type Caller } from '../testing/index.js';
import { createClinicSetup, type ClinicSetup } from '../testing/config-fixtures.js';
import { toClinicConfig, toDepartmentConfig } from '../config-shape.js';

describe('reading the configuration', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: ClinicSetup;
  let admin: Caller;
  let operator: Caller;
  let support: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    await createClinicSetup(db.orm.em.fork(), n.clinicB, n.practitionerB);
    const em = db.orm.em.fork();
    em.create(Membership, { practitioner: n.practitionerA.id, status: 'pending' });
    em.create(Agreement, {
      insurer: n.insurerX.id,
      clinic: n.clinicA.id,
      status: 'approved',
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
    em.create(Agreement, {
      insurer: n.insurerY.id,
      practitioner: n.practitionerA.id,
      status: 'pending',
      validFrom: '2026-05-01',
    });
    em.create(Agreement, { insurer: n.insurerY.id, clinic: n.clinicB.id, status: 'approved', validFrom: '2026-01-01' });
    await em.flush();
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    operator = await callerAs(db.orm, n.users.network_operator.user);
    support = await callerAs(db.orm, n.users.support.user);
  });
  afterAll(() => db?.drop());

  it('clinicConfig.get returns the clinic’s rows in config shape, and nothing of another clinic', async () => {
    const view = await admin.clinicConfig.get({ clinicId: n.clinicA.id });
    expect(view.clinic).toEqual({
      ...toClinicConfig(n.clinicA),
      severalDepartmentsNotified: false,
      maxSelfBooked: null,
    });
    expect(view.departments).toEqual([{ ...toDepartmentConfig(a.department), registeredWithNetwork: false }]);
    expect(view.practitioners).toEqual([
      {
        id: n.practitionerA.id,
        clinicId: n.clinicA.id,
        name: 'Behandler A',
        profession: 'physiotherapist',
        hprNumber: n.practitionerA.hprNumber,
        membership: 'pending',
        // Set only when an approved membership went back to pending (a changed HPR number or profession).
        membershipResetReason: null,
        // Set only when the network rejected the application (the clinic reads why).
        membershipRejectionReason: null,
      },
    ]);
    expect(view.books).toEqual([
      expect.objectContaining({
        id: a.book.id,
        ownerKind: 'practitioner',
        ownerPractitionerId: n.practitionerA.id,
        patientLists: ['all_patients'],
      }),
    ]);
    expect(view.types.map((t) => t.id).sort()).toEqual([a.type.id, a.looseType.id].sort());
    expect(view.types.find((t) => t.id === a.type.id)).toMatchObject({
      departmentId: a.department.id,
      durationMinutes: 30,
      ownLimits: { cancellationAllowed: true },
    });
    expect(view.rules).toEqual([
      {
        id: a.rule.id,
        typeId: a.type.id,
        bookId: a.book.id,
        patientList: 'all_patients',
        tariffIds: [a.insuranceTariff.id, a.helfoTariff.id].sort(),
      },
    ]);
    expect(view.templates).toEqual([
      { id: a.template.id, bookId: a.book.id, name: a.template.name, windows: a.template.windows, breaks: [] },
    ]);
    expect(view.workPlans).toEqual([
      expect.objectContaining({ id: a.plan.id, bookId: a.book.id, closedDays: [], openedHolidays: [] }),
    ]);
    expect(
      view.agreements.map((x) => [x.insurerName, x.clinicId, x.practitionerId, x.status, x.validFrom, x.validTo]),
    ).toEqual([
      ['Forsikring Y', null, n.practitionerA.id, 'pending', '2026-05-01', null],
      ['Forsikring X', n.clinicA.id, null, 'approved', '2026-01-01', '2027-12-31'],
    ]);
    expect(view.tariffs).toHaveLength(4);
    expect(view.insurers.map((i) => i.name)).toEqual(['Forsikring X', 'Forsikring Y']);
  });

  it('the booleans follow the timestamps: notified and registered', async () => {
    await admin.clinics.notifySeveralDepartments({ clinicId: n.clinicA.id });
    await support.departments.setRegistered({ departmentId: a.department.id, registered: true });
    const view = await support.clinicConfig.get({ clinicId: n.clinicA.id });
    expect(view.clinic.severalDepartmentsNotified).toBe(true);
    expect(view.departments[0]!.registeredWithNetwork).toBe(true);
    const notices = await support.clinics.departmentNotices();
    expect(notices).toEqual([
      expect.objectContaining({
        clinic: expect.objectContaining({ id: n.clinicA.id, notifiedAt: expect.any(Date) }),
        unregistered: 0,
      }),
    ]);
    expect(notices[0]!.departments).toEqual([
      expect.objectContaining({ id: a.department.id, registeredWithNetwork: true, registeredAt: expect.any(Date) }),
    ]);
  });

  it('a clinic admin changes only the name and the cap on self-bookings of its clinic; the operator changes everything', async () => {
    const before = (await admin.clinicConfig.get({ clinicId: n.clinicA.id })).clinic;
    await admin.clinics.update({
      ...before,
      name: 'Klinikk A Nytt navn',
      maxSelfBooked: 2,
      integrationActive: !before.integrationActive,
      orgNumber: n.clinicB.orgNumber,
    });
    expect((await admin.clinicConfig.get({ clinicId: n.clinicA.id })).clinic).toEqual({
      ...before,
      name: 'Klinikk A Nytt navn',
      maxSelfBooked: 2,
    });
    await operator.clinics.update({ ...before, integrationActive: false, severalDepartmentsNotified: false });
    expect((await operator.clinicConfig.get({ clinicId: n.clinicA.id })).clinic).toEqual({
      ...before,
      integrationActive: false,
      severalDepartmentsNotified: false,
    });
  });

  it('the operator creates a clinic with defaults from the schema', async () => {
    const id = randomUUID();
    await operator.clinics.create({ id, name: 'Ny klinikk', orgNumber: '974760673' });
    expect((await operator.clinicConfig.get({ clinicId: id })).clinic).toEqual({
      id,
      name: 'Ny klinikk',
      orgNumber: '974760673',
      integrationActive: false,
      severalDepartmentsNotified: false,
      maxSelfBooked: null,
    });
  });

  it('memberships.list shows pending applications first, with practitioner and clinic', async () => {
    await operator.memberships.decide({ practitionerId: n.practitionerB.id, status: 'approved' });
    const rows = await operator.memberships.list();
    expect(rows.map((r) => [r.membership.status, r.practitioner.name, r.clinic.name])).toEqual([
      ['pending', 'Behandler A', 'Klinikk A'],
      ['approved', 'Behandler B', 'Klinikk B'],
    ]);
    expect(rows[1]!.membership.decidedAt).toBeInstanceOf(Date);
  });

  it('agreements.list: a clinic’s own and its practitioners’ personal ones; all of them for the operator', async () => {
    const forA = await admin.agreements.list({ clinicId: n.clinicA.id });
    expect(forA.map((x) => [x.insurerName, x.partyName])).toEqual([
      ['Forsikring X', 'Klinikk A'],
      ['Forsikring Y', 'Behandler A'],
    ]);
    expect(await support.agreements.list({ clinicId: n.clinicA.id })).toEqual(forA);
    expect(await operator.agreements.list()).toHaveLength(3);
  });

  it('tariffs.list is the whole list by code, for every admin-app user', async () => {
    const practitioner = await callerAs(db.orm, n.users.practitioner.user);
    const codes = (await practitioner.tariffs.list()).map((t) => t.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain(a.insuranceTariff.code);
  });

  it('holidays.list gives Norway’s twelve public holidays of 2026, with Norwegian names', async () => {
    const practitioner = await callerAs(db.orm, n.users.practitioner.user);
    const days = await practitioner.holidays.list({ year: 2026 });
    expect(days).toHaveLength(12);
    expect(days).toContainEqual({ date: '2026-05-17', name: 'Grunnlovsdagen' });
    expect(days).toContainEqual({ date: '2026-04-03', name: 'Langfredag' });
    expect(days.map((d) => d.date)).not.toContain('2026-12-24'); // julaften is not a public holiday
    expect((await admin.holidays.list({ year: 2027 })).find((d) => d.name === 'Første påskedag')?.date).toBe(
      '2027-03-28',
    );
  });
});
