// Each spec that books has a practitioner of its own, made in its beforeAll through the API, so specs running side by
// side never race for the same free time, and what one spec changes (a booking, a registered address) never shows in
// another's screens. They work at Majorstuen's own test department in Lysaker (made by the global setup), with a type
// offered only there: the demo's Oslo searches (search.spec) never list them, and registering Bislett
// (configuration-departments.spec) adds no address to them.
import { addDays, isoWeek, osloDate } from '@bn/domain';
import type { APIRequestContext } from '@playwright/test';
import { apiAs, call } from './network-api.js';

export interface SpecPractitioner {
  /** Ids are the spec's own and fixed, so seeding again (a rerun against the same server) updates, never adds. */
  id: string;
  name: string;
  bookId: string;
  hprNumber: string;
}

const practitioner = (key: string, name: string, hprNumber: string): SpecPractitioner => ({
  id: `e2e-${key}`,
  name,
  bookId: `e2e-${key}-book`,
  hprNumber,
});

export const SPEC_PRACTITIONERS = {
  agentBooking: practitioner('agent-booking', 'Berit Bestilling', '4100001'),
  agentMove: practitioner('agent-move', 'Fredrik Flytt', '4100002'),
  wholePath: practitioner('whole-path', 'Hedda Helvei', '4100003'),
  clinicCalendar: practitioner('clinic-calendar', 'Kasper Kalender', '4100004'),
  patientCard: practitioner('patient-card', 'Pia Pasientkort', '4100005'),
  storedXss: practitioner('stored-xss', 'Sigurd Skript', '4100006'),
  billing: practitioner('billing', 'Regine Regning', '4100007'),
  agentDesk: practitioner('agent-desk', 'Dagny Disk', '4100014'),
  clinicOwnBooking: practitioner('clinic-own-booking', 'Klara Klinikktime', '4100021'),
  holdTime: practitioner('hold-time', 'Harald Holdetid', '4100022'),
  resend: practitioner('resend', 'Synne Sendigjen', '4100023'),
  agentKeyboard: practitioner('agent-keyboard', 'Tore Tastatur', '4100031'),
  unchangeable: practitioner('unchangeable', 'Ulrik Uendret', '4100024'),
  clinicPhone: practitioner('clinic-phone', 'Tora Telefon', '4100025'),
  webhooks: practitioner('webhooks', 'Wenche Webhook', '4100049'),
  timebokWeek: practitioner('timebok-week', 'Vilde Ukevisning', '4100047'),
  narrow: practitioner('narrow', 'Nora Smal', '4100041'),
  colleagues: practitioner('colleagues', 'Kolbjørn Kollega', '4100042'),
  changeLog: practitioner('change-log', 'Lise Loggfører', '4100051'),
  fieldErrors: practitioner('field-errors', 'Frida Feltfeil', '4100061'),
} as const;

export const TEST_DEPARTMENT = {
  id: 'e2e-department-lysaker',
  name: 'Lysaker',
  street: 'Lysaker torg 5',
  postcode: '1366',
  city: 'Lysaker',
  /** As the agent app and the e-mail write a department's address. */
  address: 'Lysaker torg 5, 1366 Lysaker',
} as const;

/** Offered only at the test department (T5), 30 minutes, with notifications (K3) like the demo's physiotherapy. */
export const SPEC_TYPE = { id: 'e2e-type-fysio-30', name: 'Fysioterapi 30 min (Lysaker)', minutes: 30 } as const;

export const MAJORSTUEN = 'Majorstuen Fysioterapi og Kiropraktikk';

async function clinicId(admin: APIRequestContext): Promise<string> {
  const clinics = await call<{ id: string; name: string }[]>(admin, 'query', 'clinics.list', undefined);
  return clinics.find((c) => c.name === MAJORSTUEN)!.id;
}

/** The test department (registered with the network) and the type offered there: once, by the global setup. */
export async function seedTestDepartment(): Promise<void> {
  const [admin, support] = [await apiAs('clinic_admin'), await apiAs('support')];
  const clinic = await clinicId(admin);
  const { address: _address, ...department } = TEST_DEPARTMENT;
  await call(support, 'mutation', 'departments.upsert', { ...department, clinicId: clinic });
  await call(support, 'mutation', 'departments.setRegistered', { departmentId: department.id, registered: true });
  await call(admin, 'mutation', 'types.upsert', {
    id: SPEC_TYPE.id,
    clinicId: clinic,
    name: SPEC_TYPE.name,
    durationMinutes: SPEC_TYPE.minutes,
    bookableOnline: true,
    notificationsOn: true,
    departmentId: department.id,
  });
  await Promise.all([admin.dispose(), support.dispose()]);
}

/**
 * One spec's practitioner, as a clinic admin and the network would set it up: a physiotherapist with an approved
 * membership (N2), a book of its own open for online booking with Kari Nordmann's limits (90 days ahead, 2 hours'
 * notice, cancelling and moving until 24 hours before, 3 self-booked per patient), the test type with B1010, and
 * Monday to Friday 08:00–16:00 (lunch 11:30–12:00) for the next fourteen weeks. Storebrand's agreement with the clinic
 * covers it.
 */
export async function seedPractitioner(
  p: SpecPractitioner,
  /** Another cancellation deadline than 24 hours (hours before the appointment). */
  o: { cancellationDeadlineHours?: number } = {},
): Promise<void> {
  const [admin, operator] = [await apiAs('clinic_admin'), await apiAs('network_operator')];
  const clinic = await clinicId(admin);
  const tariffs = await call<{ id: string; code: string }[]>(admin, 'query', 'tariffs.list', undefined);
  const b1010 = tariffs.find((t) => t.code === 'B1010')!.id;
  await call(admin, 'mutation', 'practitioners.upsert', {
    id: p.id,
    clinicId: clinic,
    name: p.name,
    profession: 'physiotherapist',
    hprNumber: p.hprNumber,
  });
  await call(admin, 'mutation', 'memberships.applyFor', { practitionerId: p.id });
  await call(operator, 'mutation', 'memberships.decide', { practitionerId: p.id, status: 'approved' });
  await call(admin, 'mutation', 'books.upsert', {
    id: p.bookId,
    clinicId: clinic,
    name: p.name,
    ownerKind: 'practitioner',
    ownerPractitionerId: p.id,
    onlineBooking: true,
    patientLists: ['all_patients'],
    restrictions: {
      daysAhead: 90,
      minNoticeHours: 2,
      cancellationDeadlineHours: o.cancellationDeadlineHours ?? 24,
      cancellationAllowed: true,
      maxSelfBooked: 3,
    },
  });
  await call(admin, 'mutation', 'rules.upsert', {
    id: `${p.bookId}-rule`,
    typeId: SPEC_TYPE.id,
    bookId: p.bookId,
    patientList: 'all_patients',
    tariffIds: [b1010],
  });
  const templateId = `${p.bookId}-week`;
  const weekdays = [1, 2, 3, 4, 5];
  await call(admin, 'mutation', 'templates.upsert', {
    id: templateId,
    bookId: p.bookId,
    name: 'Standard uke',
    windows: weekdays.map((weekday) => ({ weekday, start: '08:00', end: '16:00', typeIds: [SPEC_TYPE.id] })),
    breaks: weekdays.map((weekday) => ({ weekday, start: '11:30', end: '12:00' })),
  });
  const today = osloDate(new Date());
  await call(admin, 'mutation', 'workPlans.upsert', {
    id: `${p.bookId}-plan`,
    bookId: p.bookId,
    weeks: Array.from({ length: 14 }, (_, i) => ({ ...isoWeek(addDays(today, 7 * i)), templateId })),
  });
  await Promise.all([admin.dispose(), operator.dispose()]);
}
