// A small network configured the way a real one is — through the configuration procedures, as the operator, support
// and the clinic admin — for the search's integration tests. Every practitioner added is bookable by insurer X and
// insurer Y (which also offers psychologist booking) unless a test turns a rule off.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@bn/db';
import { Clinic, Insurer } from '@bn/db';
import { createUser, nextOrgNumber } from '@bn/db/testing';
import {
  addDays,
  isoWeek,
  NO_RESTRICTIONS,
  osloDate,
  type AppointmentTypeConfig,
  type BookConfig,
  type PractitionerConfig,
  type TemplateWindow,
  type WeekTemplateConfig,
  type WorkPlanConfig,
} from '@bn/domain';
import { callerAs, type Caller, type CallerOptions } from './callers.js';

export interface SearchPractitioner {
  practitioner: PractitionerConfig;
  book: BookConfig;
  type: AppointmentTypeConfig;
  rule: { id: string; typeId: string; bookId: string; patientList: 'all_patients'; tariffIds: string[] };
  template: WeekTemplateConfig;
  plan: WorkPlanConfig;
}

export interface SearchNetwork {
  today: string;
  clinicId: string;
  insurerX: string;
  insurerY: string;
  tariff: { b1010: string; a3a: string };
  dept: {
    majorstuen: { id: string; clinicId: string; name: string; street: string; postcode: string; city: string };
    bislett: { id: string; clinicId: string; name: string; street: string; postcode: string; city: string };
  };
  agreementX: { id: string; insurerId: string; clinicId: string; validFrom: string; validTo: null };
  agreementY: { id: string; insurerId: string; clinicId: string; validFrom: string; validTo: null };
  operator: Caller;
  support: Caller;
  admin: Caller;
  /** An agent of the insurer, with its own clock (`now`) when given. */
  agent(insurer: 'X' | 'Y', options?: CallerOptions): Promise<Caller>;
  addPractitioner(
    name: string,
    options?: {
      windows?: TemplateWindow[];
      durationMinutes?: number;
      extraWeeks?: { isoYear: number; isoWeek: number }[];
      openedHolidays?: string[];
      /** The department the type is given at (default: Majorstuen). */
      departmentId?: string;
    },
  ): Promise<SearchPractitioner>;
}

/** Monday to Friday, 08:00–12:00. */
export const WEEKDAY_MORNINGS = (typeId: string): TemplateWindow[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '12:00', typeIds: [typeId] }));

export async function createSearchNetwork(orm: MikroORM): Promise<SearchNetwork> {
  const em = orm.em.fork();
  const today = osloDate(new Date());
  const operator = await callerAs(orm, (await createUser(em, { role: 'network_operator' })).user);
  const support = await callerAs(orm, (await createUser(em, { role: 'support' })).user);
  const clinicId = randomUUID();
  const insurerX = randomUUID();
  const insurerY = randomUUID();
  const tariff = { b1010: randomUUID(), a3a: randomUUID() };
  await operator.insurers.upsert({ id: insurerX, name: 'Storebrand', orgNumber: nextOrgNumber() });
  await operator.insurers.upsert({
    id: insurerY,
    name: 'Falck Helse',
    orgNumber: nextOrgNumber(),
    offersPsychologistBooking: true,
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
  await operator.clinics.create({ id: clinicId, name: 'Majorstuen Fysioterapi', orgNumber: nextOrgNumber() });
  const admin = await callerAs(
    orm,
    (await createUser(em, { role: 'clinic_admin', clinics: [await em.findOneOrFail(Clinic, { id: clinicId })] })).user,
  );

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
  await admin.departments.upsert(dept.majorstuen);
  await admin.departments.upsert(dept.bislett);
  await admin.clinics.notifySeveralDepartments({ clinicId });
  await support.departments.setRegistered({ departmentId: dept.majorstuen.id, registered: true });
  await support.clinics.setIntegration({ clinicId, active: true });
  const agreementX = { id: randomUUID(), insurerId: insurerX, clinicId, validFrom: addDays(today, -30), validTo: null };
  const agreementY = { id: randomUUID(), insurerId: insurerY, clinicId, validFrom: addDays(today, -30), validTo: null };
  await operator.agreements.upsert({ ...agreementX, status: 'approved' });
  await operator.agreements.upsert({ ...agreementY, status: 'approved' });

  const agentUser = async (id: string) =>
    (await createUser(em, { role: 'insurer_agent', insurer: await em.findOneOrFail(Insurer, { id }) })).user;
  const agentUsers = { X: await agentUser(insurerX), Y: await agentUser(insurerY) };

  const addPractitioner: SearchNetwork['addPractitioner'] = async (name, options = {}) => {
    const practitioner: PractitionerConfig = {
      id: randomUUID(),
      clinicId,
      name,
      profession: 'physiotherapist',
      hprNumber: String(9_000_000 + Math.floor(Math.random() * 999_999)),
    };
    const book: BookConfig = {
      id: randomUUID(),
      clinicId,
      name,
      ownerKind: 'practitioner',
      ownerPractitionerId: practitioner.id,
      groupName: null,
      onlineBooking: true,
      patientLists: ['all_patients'],
      restrictions: NO_RESTRICTIONS,
    };
    const type: AppointmentTypeConfig = {
      id: randomUUID(),
      clinicId,
      name: `Fysioterapi ${options.durationMinutes ?? 30} min (${name})`,
      durationMinutes: options.durationMinutes ?? 30,
      colour: '#3366cc',
      bookableOnline: true,
      notificationsOn: false,
      automaticDialog: null,
      departmentId: options.departmentId ?? dept.majorstuen.id,
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
    const template: WeekTemplateConfig = {
      id: randomUUID(),
      bookId: book.id,
      name: 'Vanlig uke',
      windows: options.windows ?? WEEKDAY_MORNINGS(type.id),
      breaks: [],
    };
    const weeks = [
      ...Array.from({ length: 10 }, (_, i) => isoWeek(addDays(today, i * 7))),
      ...(options.extraWeeks ?? []),
    ];
    const plan: WorkPlanConfig = {
      id: randomUUID(),
      bookId: book.id,
      weeks: weeks.map((w) => ({ ...w, templateId: template.id })),
      closedDays: [],
      openedHolidays: options.openedHolidays ?? [],
    };
    await admin.practitioners.upsert(practitioner);
    await admin.memberships.applyFor({ practitionerId: practitioner.id });
    await operator.memberships.decide({ practitionerId: practitioner.id, status: 'approved' });
    await admin.books.upsert(book);
    await admin.types.upsert(type);
    await admin.rules.upsert(rule);
    await admin.templates.upsert(template);
    await admin.workPlans.upsert(plan);
    return { practitioner, book, type, rule, template, plan };
  };

  return {
    today,
    clinicId,
    insurerX,
    insurerY,
    tariff,
    dept,
    agreementX,
    agreementY,
    operator,
    support,
    admin,
    agent: (insurer, options) => callerAs(orm, agentUsers[insurer], options),
    addPractitioner,
  };
}
