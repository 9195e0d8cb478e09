// Deleting a row that is still referenced is refused with IN_USE and writes nothing; once unreferenced it goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement, Appointment, AppointmentBook, TypeRule, WeekTemplate, WorkPlan } from '@bn/db';
import {
  createInsurer,
  createTestDatabase,
  createTestNetwork,
  type TestDatabase,
  type TestNetwork,
} from '@bn/db/testing';
import { callerAs, failureOf, type Caller } from '../testing/index.js';
import { refusalText } from '../testing/errors.js';
import { createClinicSetup, type ClinicSetup } from '../testing/config-fixtures.js';
import { refusedWithoutWrites } from '../testing/db-fingerprint.js';
import { toBookConfig, toRuleConfig, toTypeConfig, toWorkPlanConfig } from '../config-shape.js';

describe('deleting configuration that is still in use', () => {
  let db: TestDatabase;
  let n: TestNetwork;
  let a: ClinicSetup;
  let admin: Caller;
  let operator: Caller;

  beforeAll(async () => {
    db = await createTestDatabase();
    n = await createTestNetwork(db.orm.em.fork());
    a = await createClinicSetup(db.orm.em.fork(), n.clinicA, n.practitionerA);
    admin = await callerAs(db.orm, n.users.clinic_admin.user);
    operator = await callerAs(db.orm, n.users.network_operator.user);
  });
  afterAll(() => db?.drop());

  /** Refused as IN_USE, writing nothing; `text` is what the admin reads (Bokmål). */
  const inUse = async (call: () => Promise<unknown>, text: unknown) => {
    const f = await refusedWithoutWrites(db.orm, () => failureOf(call()));
    expect(f).toMatchObject({ message: 'IN_USE', data: { code: 'CONFLICT', httpStatus: 409, appCode: 'IN_USE' } });
    expect(refusalText(f)).toEqual(text);
    return f;
  };

  it('a tariff on a rule', async () => {
    const f = await inUse(
      () => operator.tariffs.delete({ id: a.helfoTariff.id }),
      `Taksten ${a.helfoTariff.code} brukes i 1 regel og kan ikke slettes.`,
    );
    expect(f.data.values).toEqual({ reason: 'tariff_rules', code: a.helfoTariff.code, count: 1 });
    expect(refusalText(f, 'en')).toBe(`The tariff ${a.helfoTariff.code} is used in 1 rule and cannot be deleted.`);
    await admin.rules.upsert(toRuleConfig(a.rule, [a.insuranceTariff.id]));
    await operator.tariffs.delete({ id: a.helfoTariff.id });
    expect((await operator.tariffs.list()).map((t) => t.id)).not.toContain(a.helfoTariff.id);
  });

  it('a template the work plan uses', async () => {
    await inUse(
      () => admin.templates.delete({ id: a.template.id }),
      expect.stringMatching(
        /^Ukemalen «.+» brukes i arbeidsplanen \(\d+ uker, fra uke \d+ \d{4}\) og kan ikke slettes\.$/,
      ),
    );
    await admin.workPlans.upsert({ ...toWorkPlanConfig(a.plan), weeks: [] });
    await admin.templates.delete({ id: a.template.id });
    expect(await db.orm.em.fork().count(WeekTemplate, { id: a.template.id })).toBe(0);
  });

  it('a type placed in a template, or a department that is a type’s address', async () => {
    const s = await createClinicSetup(db.orm.em.fork(), n.clinicA);
    await inUse(
      () => admin.types.delete({ id: s.type.id }),
      `Timetypen «${s.type.name}» ligger i ukemalen «${s.template.name}» og kan ikke slettes.`,
    );
    await inUse(
      () => admin.departments.delete({ id: s.department.id }),
      `Avdelingen er besøksadresse for «${s.type.name}» og kan ikke slettes.`,
    );
    await admin.types.upsert({ ...toTypeConfig(s.type), departmentId: null });
    await admin.departments.delete({ id: s.department.id });
  });

  it('a practitioner who owns a book, has a user account or a personal agreement', async () => {
    await inUse(
      () => admin.practitioners.delete({ id: n.practitionerA.id }),
      `Behandler A kan ikke slettes. Behandleren eier timeboken «${a.book.name}». Behandleren har en brukerkonto.`,
    );
    const s = await createClinicSetup(db.orm.em.fork(), n.clinicA);
    await admin.books.upsert({ ...toBookConfig(s.book), ownerKind: 'clinic', ownerPractitionerId: null });
    await admin.practitioners.delete({ id: s.practitioner.id });
  });

  it('an insurer with agreements', async () => {
    const em = db.orm.em.fork();
    const insurer = await createInsurer(em, { name: 'Avtaleforsikring' });
    em.create(Agreement, {
      insurer,
      clinic: n.clinicA.id,
      practitioner: null,
      status: 'pending',
      validFrom: '2026-01-01',
      validTo: null,
    });
    await em.flush();
    await inUse(
      () => operator.insurers.delete({ id: insurer.id }),
      'Avtaleforsikring kan ikke slettes. Selskapet har 1 avtale.',
    );
  });

  it('a book with bookings; without bookings it goes with its rules, templates and work plan', async () => {
    const s = await createClinicSetup(db.orm.em.fork(), n.clinicA);
    const em = db.orm.em.fork();
    const booking = em.create(Appointment, {
      clinic: n.clinicA.id,
      book: s.book.id,
      type: s.type.id,
      startAt: new Date('2030-01-07T08:00:00Z'),
      endAt: new Date('2030-01-07T08:30:00Z'),
      kind: 'booking',
      status: 'active',
    });
    await em.flush();
    await inUse(
      () => admin.books.delete({ id: s.book.id }),
      `Timeboken «${s.book.name}» har 1 bestilt time og kan ikke slettes.`,
    );
    await em.remove(booking).flush();
    await admin.books.delete({ id: s.book.id });
    const check = db.orm.em.fork();
    expect(await check.count(AppointmentBook, { id: s.book.id })).toBe(0);
    expect([
      await check.count(TypeRule, { book: s.book.id }),
      await check.count(WeekTemplate, { book: s.book.id }),
      await check.count(WorkPlan, { book: s.book.id }),
    ]).toEqual([0, 0, 0]);
  });
});
