// A configured clinic for the configuration API's integration tests: one of each row, written directly (not through
// the procedures under test), so a test about deleting or scoping a row has something to point at.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import {
  AppointmentBook,
  AppointmentType,
  Clinic,
  Department,
  Practitioner,
  Tariff,
  TypeRule,
  WeekTemplate,
  WorkPlan,
} from '@bn/db';
import { addDays, isoWeek, NO_RESTRICTIONS, osloDate } from '@bn/domain';
import { createInsurer, createPractitioner } from '@bn/db/testing';
import { issueKey } from '../use-cases/api-keys/create-api-key.js';
import { createWebhook } from '../use-cases/webhooks/manage-webhooks.js';

export interface ClinicSetup {
  department: Department;
  practitioner: Practitioner;
  book: AppointmentBook;
  /** 30 minutes, online, at the department; placed in the template and carried by the rule. */
  type: AppointmentType;
  /** A type no rule or template uses ("tariff-free"). */
  looseType: AppointmentType;
  insuranceTariff: Tariff;
  helfoTariff: Tariff;
  rule: TypeRule;
  template: WeekTemplate;
  plan: WorkPlan;
}

let sequence = 0;
// Tariff codes are unique network-wide: a random start per file, then one step per set-up.
const codeBase = Math.floor(Math.random() * 4000);

/** Everything a practitioner's book needs, in the given clinic; the practitioner is created unless given. */
export async function createClinicSetup(
  em: EntityManager,
  clinicRow: Clinic,
  practitioner?: Practitioner,
): Promise<ClinicSetup> {
  const n = ++sequence;
  // Rows made by another EntityManager (the test network's) are loaded into this one before they are linked.
  const clinic = await em.findOneOrFail(Clinic, { id: clinicRow.id });
  const owner = practitioner
    ? await em.findOneOrFail(Practitioner, { id: practitioner.id })
    : await createPractitioner(em, { clinic });
  const department = em.create(Department, {
    id: randomUUID(),
    clinic,
    name: `Avdeling ${n}`,
    street: `Testveien ${n}`,
    postcode: '0366',
    city: 'Oslo',
    registeredWithNetworkAt: null,
  });
  const book = em.create(AppointmentBook, {
    id: randomUUID(),
    clinic,
    name: `Timebok ${n}`,
    ownerKind: 'practitioner',
    ownerPractitioner: owner,
    groupName: null,
    onlineBooking: true,
    patientLists: ['all_patients'],
    restrictions: NO_RESTRICTIONS,
  });
  const typeOf = (name: string, dept: Department | null) =>
    em.create(AppointmentType, {
      id: randomUUID(),
      clinic,
      name,
      durationMinutes: 30,
      colour: '#3366cc',
      bookableOnline: true,
      notificationsOn: false,
      automaticDialog: null,
      department: dept,
      ownLimitsEnabled: false,
      ownLimits: NO_RESTRICTIONS,
    });
  const type = typeOf(`Fysioterapi ${n}`, department);
  const looseType = typeOf(`Løs timetype ${n}`, null);
  const code = String(5000 + ((codeBase + n) % 5000));
  const insuranceTariff = em.create(Tariff, {
    id: randomUUID(),
    code: `B${code}`,
    name: `Forsikringstakst ${n}`,
    kind: 'insurance',
    professions: [],
  });
  const helfoTariff = em.create(Tariff, {
    id: randomUUID(),
    code: `H${code}`,
    name: `Helfo-takst ${n}`,
    kind: 'helfo',
    professions: [],
  });
  const rule = em.create(TypeRule, { id: randomUUID(), type, book, patientList: 'all_patients' });
  rule.tariffs.set([insuranceTariff, helfoTariff]);
  const template = em.create(WeekTemplate, {
    id: randomUUID(),
    book,
    name: `Ukemal ${n}`,
    windows: [{ weekday: 1, start: '08:00', end: '12:00', typeIds: [type.id] }],
    breaks: [],
  });
  const today = osloDate(new Date());
  const weeks = Array.from({ length: 8 }, (_, i) => ({ ...isoWeek(addDays(today, i * 7)), templateId: template.id }));
  const plan = em.create(WorkPlan, { id: randomUUID(), book, weeks, closedDays: [], openedHolidays: [] });
  await em.flush();
  return { department, practitioner: owner, book, type, looseType, insuranceTariff, helfoTariff, rule, template, plan };
}

/** Rows the access matrix points at: clinic A configured, plus spare rows that each allowed caller may delete. */
export interface MatrixFixtures {
  setup: ClinicSetup;
  spareInsurerId: string;
  spareTariffId: string;
  sparePractitionerId: string;
  spareBookId: string;
  spareTypeId: string;
  spareRuleId: string;
  spareTemplateId: string;
  /** One per role allowed to delete a department. */
  spareDepartmentIds: { clinic_admin: string; support: string };
  /** Insurer apps' keys (of an insurer of their own), one to rotate and one to revoke. */
  spareApiKeyIds: { rotate: string; revoke: string };
  /** Webhook endpoints of that insurer: one to rotate, one to deactivate, one with a delivery to list and replay. */
  spareWebhooks: { rotate: string; deactivate: string; logged: string; deliveryId: string };
}

export async function createMatrixFixtures(
  em: EntityManager,
  clinicRow: Clinic,
  practitioner: Practitioner,
): Promise<MatrixFixtures> {
  const setup = await createClinicSetup(em, clinicRow, practitioner);
  const spare = await createClinicSetup(em, clinicRow);
  const clinic = setup.book.clinic;
  // D2: the clinic has told the network about its departments, so support may register them.
  clinic.severalDepartmentsNotifiedAt = new Date();
  // One department per address in a clinic: each spare at its own number.
  let spareNumber = 0;
  const spareDepartment = () =>
    em.create(Department, {
      id: randomUUID(),
      clinic,
      name: 'Reserve',
      street: `Reserveveien ${++spareNumber}`,
      postcode: '0150',
      city: 'Oslo',
      registeredWithNetworkAt: null,
    }).id;
  const spareDepartmentIds = { clinic_admin: spareDepartment(), support: spareDepartment() };
  const spareTariff = em.create(Tariff, {
    id: randomUUID(),
    code: `X${randomUUID().slice(0, 8)}`,
    name: 'Ubrukt takst',
    kind: 'own',
    professions: [],
  });
  const spareRule = em.create(TypeRule, {
    id: randomUUID(),
    type: spare.looseType,
    book: setup.book,
    patientList: 'all_patients',
  });
  const spareTemplate = em.create(WeekTemplate, {
    id: randomUUID(),
    book: setup.book,
    name: 'Ubrukt ukemal',
    windows: [],
    breaks: [],
  });
  // The spare book is deleted through the matrix: without a plan, and with its practitioner (deleted too) unlinked.
  em.remove(spare.plan);
  spare.book.ownerPractitioner = null;
  spare.book.ownerKind = 'clinic';
  await em.flush();
  const spareInsurer = await createInsurer(em);
  const appInsurer = await createInsurer(em);
  const key = () => issueKey(em, { insurer: appInsurer, label: 'Reserveapp', now: new Date() }).row.id;
  const spareApiKeyIds = { rotate: key(), revoke: key() };
  await em.flush();
  const hook = async () =>
    (
      await createWebhook({
        em,
        by: { actor: { id: 'matrix', name: 'Matrix' } },
        input: { insurerId: appInsurer.id, url: 'https://example.test/hook' },
        now: new Date(),
      })
    ).endpoint.id;
  const spareWebhooks = {
    rotate: await hook(),
    deactivate: await hook(),
    logged: await hook(),
    deliveryId: randomUUID(),
  };
  const eventId = randomUUID();
  const db = em.getConnection();
  await db.execute(
    `insert into webhook_event (id, created_at, insurer_id, appointment_id, type, payload) values (?, now(), ?, 'none', 'booking.created', '{}')`,
    [eventId, appInsurer.id],
  );
  await db.execute(
    `insert into webhook_delivery (id, created_at, event_id, endpoint_id, attempts, delivered_at) values (?, now(), ?, ?, 1, now())`,
    [spareWebhooks.deliveryId, eventId, spareWebhooks.logged],
  );
  return {
    spareApiKeyIds,
    spareWebhooks,
    setup,
    spareInsurerId: spareInsurer.id,
    spareTariffId: spareTariff.id,
    sparePractitionerId: spare.practitioner.id,
    spareBookId: spare.book.id,
    spareTypeId: setup.looseType.id,
    spareRuleId: spareRule.id,
    spareTemplateId: spareTemplate.id,
    spareDepartmentIds,
  };
}
