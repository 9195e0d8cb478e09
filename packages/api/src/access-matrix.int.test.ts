// THE ACCESS MATRIX: every procedure of appRouter, called as every role and as an anonymous browser.
// A new procedure without an entry here fails the first test; decide who may call it before it ships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestNetwork, TEST_PASSWORD, type TestDatabase, type TestNetwork } from '@bn/db/testing';
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@bn/domain';
import { nextOrgNumber } from '@bn/db/testing';
import { appRouter } from './root.js';
import { browserCaller, callerAs, failureOf, type Caller } from './testing/index.js';
import { createMatrixFixtures, type MatrixFixtures } from './testing/config-fixtures.js';
import { createBookingMatrixFixtures, type BookingMatrixFixtures } from './testing/booking-matrix-fixtures.js';
import {
  toBookConfig, toClinicConfig, toDepartmentConfig, toInsurerConfig, toPractitionerConfig, toRuleConfig, toTariffConfig, toTemplateConfig,
  toTypeConfig, toWorkPlanConfig,
} from './config-shape.js';

type Who = Role | 'anonymous';

interface Access {
  /** Who gets an answer; everyone else is refused (anonymous with UNAUTHORIZED, other roles with FORBIDDEN). */
  allowed: readonly Who[];
  /** A valid input for the allowed callers, built from the shared test network and configuration fixtures. */
  input?: (network: TestNetwork, fx: MatrixFixtures, who: Who) => unknown;
}

const EVERYONE: readonly Who[] = ['anonymous', ...ROLES];
const SIGNED_IN: readonly Who[] = ROLES;
const CLINIC_READERS: readonly Who[] = ['network_operator', 'support', 'clinic_admin'];
const ADMIN_APP: readonly Who[] = ['network_operator', 'support', 'clinic_admin', 'practitioner'];
const OPERATOR: readonly Who[] = ['network_operator'];
const STAFF: readonly Who[] = ['network_operator', 'support'];
const CLINIC_ADMIN: readonly Who[] = ['clinic_admin'];
const ADDRESS_KEEPERS: readonly Who[] = ['clinic_admin', 'support'];
const NEW_CLINIC_ID = randomUUID();
/** Booking rows in clinic B (see testing/booking-matrix-fixtures.ts). */
let bx: BookingMatrixFixtures;
const AGENT_OR_CLINIC_ADMIN: readonly Who[] = ['insurer_agent', 'clinic_admin'];

const MATRIX: Record<string, Access> = {
  'auth.me': { allowed: EVERYONE },
  'auth.signIn': { allowed: EVERYONE, input: (n) => ({ email: n.users.support.email, password: TEST_PASSWORD }) },
  'auth.signOut': { allowed: SIGNED_IN },
  'clinics.list': { allowed: CLINIC_READERS },
  // Clinic A is the clinic admin's own clinic; other clinics are covered by the scope tests.
  'clinics.get': { allowed: CLINIC_READERS, input: (n) => ({ clinicId: n.clinicA.id }) },
  'insurers.list': { allowed: ['network_operator', 'support', 'clinic_admin', 'insurer_agent'] },
  'agent.insurer': { allowed: ['insurer_agent'] },
  'practitioner.me': { allowed: ['practitioner'] },
  // Configuration API (docs/configuration-api.md). Writes touch clinic A, the clinic admin's own clinic; other
  // clinics' rows and smuggled ids are covered in routers/config-scope.int.test.ts.
  'clinicConfig.get': { allowed: CLINIC_READERS, input: (n) => ({ clinicId: n.clinicA.id }) },
  'readiness.forClinic': { allowed: CLINIC_READERS, input: (n) => ({ clinicId: n.clinicA.id }) },
  'audit.forClinic': { allowed: CLINIC_READERS, input: (n) => ({ clinicId: n.clinicA.id }) },
  'holidays.list': { allowed: ADMIN_APP, input: () => ({ year: 2026 }) },
  'clinics.create': {
    allowed: OPERATOR,
    input: () => ({ id: NEW_CLINIC_ID, name: 'Ny klinikk', orgNumber: nextOrgNumber(), integrationActive: false, severalDepartmentsNotified: false, maxSelfBooked: null }),
  },
  'clinics.update': { allowed: ['network_operator', 'clinic_admin'], input: (n) => ({ ...toClinicConfig(n.clinicA), severalDepartmentsNotified: true, maxSelfBooked: 3 }) },
  'clinics.setIntegration': { allowed: STAFF, input: (n) => ({ clinicId: n.clinicA.id, active: true }) },
  'clinics.notifySeveralDepartments': { allowed: CLINIC_ADMIN, input: (n) => ({ clinicId: n.clinicA.id }) },
  'clinics.departmentNotices': { allowed: STAFF },
  'insurers.upsert': { allowed: OPERATOR, input: (n) => toInsurerConfig(n.insurerY) },
  'insurers.delete': { allowed: OPERATOR, input: (_n, fx) => ({ id: fx.spareInsurerId }) },
  'tariffs.list': { allowed: ADMIN_APP },
  'tariffs.upsert': { allowed: OPERATOR, input: (_n, fx) => toTariffConfig(fx.setup.helfoTariff) },
  'tariffs.delete': { allowed: OPERATOR, input: (_n, fx) => ({ id: fx.spareTariffId }) },
  'memberships.list': { allowed: OPERATOR },
  'memberships.applyFor': { allowed: CLINIC_ADMIN, input: (n) => ({ practitionerId: n.practitionerA.id }) },
  'memberships.decide': { allowed: OPERATOR, input: (n) => ({ practitionerId: n.practitionerA.id, status: 'approved' }) },
  'agreements.list': { allowed: CLINIC_READERS, input: (n) => ({ clinicId: n.clinicA.id }) },
  'agreements.upsert': {
    allowed: OPERATOR,
    input: (n) => ({ id: `agreement-${n.clinicA.id}`, insurerId: n.insurerX.id, clinicId: n.clinicA.id, status: 'approved', validFrom: '2026-01-01' }),
  },
  'departments.upsert': { allowed: ADDRESS_KEEPERS, input: (_n, fx) => toDepartmentConfig(fx.setup.department) },
  'departments.delete': { allowed: ADDRESS_KEEPERS, input: (_n, fx, who) => ({ id: fx.spareDepartmentIds[who === 'support' ? 'support' : 'clinic_admin'] }) },
  'departments.setRegistered': { allowed: STAFF, input: (_n, fx) => ({ departmentId: fx.setup.department.id, registered: true }) },
  'practitioners.upsert': { allowed: CLINIC_ADMIN, input: (n) => toPractitionerConfig(n.practitionerA) },
  'practitioners.delete': { allowed: CLINIC_ADMIN, input: (_n, fx) => ({ id: fx.sparePractitionerId }) },
  'books.upsert': { allowed: CLINIC_ADMIN, input: (_n, fx) => toBookConfig(fx.setup.book) },
  'books.delete': { allowed: CLINIC_ADMIN, input: (_n, fx) => ({ id: fx.spareBookId }) },
  'types.upsert': { allowed: CLINIC_ADMIN, input: (_n, fx) => toTypeConfig(fx.setup.type) },
  'types.delete': { allowed: CLINIC_ADMIN, input: (_n, fx) => ({ id: fx.spareTypeId }) },
  'rules.upsert': { allowed: CLINIC_ADMIN, input: (_n, fx) => toRuleConfig(fx.setup.rule, [fx.setup.insuranceTariff.id]) },
  'rules.delete': { allowed: CLINIC_ADMIN, input: (_n, fx) => ({ id: fx.spareRuleId }) },
  'templates.upsert': { allowed: CLINIC_ADMIN, input: (_n, fx) => toTemplateConfig(fx.setup.template) },
  'templates.delete': { allowed: CLINIC_ADMIN, input: (_n, fx) => ({ id: fx.spareTemplateId }) },
  'workPlans.upsert': { allowed: CLINIC_ADMIN, input: (_n, fx) => toWorkPlanConfig(fx.setup.plan) },
  // Booking: agents hold and confirm; the agent that booked and the clinic cancel and move; the clinic marks no-shows.
  'booking.hold': { allowed: ['insurer_agent'], input: () => bx.holdInput },
  'booking.confirm': {
    allowed: ['insurer_agent'],
    input: () => ({ holdId: bx.holdToConfirm, patient: { nationalId: '05819012301', name: 'Matrise To', phone: '91234567' } }),
  },
  'booking.release': { allowed: ['insurer_agent'], input: () => ({ holdId: bx.holdToRelease }) },
  'booking.cancel': {
    allowed: AGENT_OR_CLINIC_ADMIN,
    input: (_n, _fx, who) => ({ appointmentId: bx.toCancel[who === 'clinic_admin' ? 'clinic_admin' : 'insurer_agent'], reason: 'Matrise', onBehalfOf: 'patient' }),
  },
  'booking.move': { allowed: AGENT_OR_CLINIC_ADMIN, input: (_n, _fx, who) => bx.toMove[who === 'clinic_admin' ? 'clinic_admin' : 'insurer_agent'] },
  'booking.markNoShow': { allowed: CLINIC_ADMIN, input: () => ({ appointmentId: bx.toMarkNoShow }) },
  'notifications.log': { allowed: CLINIC_ADMIN, input: (n) => ({ clinicId: n.clinicA.id }) },
  'jobs.overview': { allowed: OPERATOR },
  'booking.mine': { allowed: ['insurer_agent'], input: () => ({ from: '2026-11-01', to: '2027-01-31' }) },
  // Patient data: the clinic's admins, and the practitioner for its own books; never support, the operator or agents.
  'appointments.forBooks': {
    allowed: ['clinic_admin', 'practitioner'],
    input: (n, fx) => ({ clinicId: n.clinicA.id, bookIds: [fx.setup.book.id], from: '2026-12-01', to: '2027-01-31' }),
  },
  'appointments.freeTime': {
    allowed: ['clinic_admin', 'practitioner'],
    input: (n, fx) => ({ clinicId: n.clinicA.id, bookIds: [fx.setup.book.id], from: '2026-12-01', to: '2027-01-31' }),
  },
  'patients.get': { allowed: ['clinic_admin', 'practitioner'], input: () => ({ patientId: bx.clinicAPatient.id }) },
  'patients.findByNationalId': {
    allowed: ['clinic_admin', 'practitioner'],
    input: (n) => ({ clinicId: n.clinicA.id, nationalId: bx.clinicAPatient.nationalId }),
  },
  'accessLog.forPatient': { allowed: CLINIC_ADMIN, input: () => ({ patientId: bx.clinicAPatient.id }) },
  // Search: the agent's own insurer only (read-only queries; what they find is covered by the search tests).
  'search.filters': { allowed: ['insurer_agent'] },
  'search.network': { allowed: ['insurer_agent'], input: () => ({ from: '2026-12-01', to: '2026-12-31' }) },
  'search.practitionerSlots': { allowed: ['insurer_agent'], input: (n) => ({ practitionerId: n.practitionerA.id, from: '2026-12-01', to: '2026-12-31' }) },
  'search.practitioner': { allowed: ['insurer_agent'], input: (n) => ({ practitionerId: n.practitionerA.id }) },
  'search.findPractitioners': { allowed: ['insurer_agent'], input: () => ({ name: 'Behandler' }) },
  'search.whyNoTimes': { allowed: ['insurer_agent'], input: (n) => ({ practitionerId: n.practitionerA.id, from: '2026-12-01', to: '2026-12-31' }) },
};

const PROCEDURES = Object.keys(appRouter._def.procedures).sort();

/** The caller's function for a dotted path, e.g. `clinics.get`. */
function procedureAt(caller: Caller, path: string): (input?: unknown) => Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return fn as (input?: unknown) => Promise<unknown>;
}

describe('access matrix', () => {
  let db: TestDatabase;
  let network: TestNetwork;
  let fx: MatrixFixtures;
  beforeAll(async () => {
    db = await createTestDatabase();
    network = await createTestNetwork(db.orm.em.fork());
    fx = await createMatrixFixtures(db.orm.em.fork(), network.clinicA, network.practitionerA);
    bx = await createBookingMatrixFixtures(db.orm, network, fx.setup.book.id);
  });
  afterAll(() => db?.drop());

  it('has exactly one entry per procedure of appRouter', () => {
    const missing = PROCEDURES.filter((path) => !MATRIX[path]);
    const stale = Object.keys(MATRIX).filter((path) => !PROCEDURES.includes(path));
    expect(missing, 'procedures without an entry in MATRIX: say who may call them').toEqual([]);
    expect(stale, 'entries in MATRIX for procedures that no longer exist').toEqual([]);
  });

  const cases = PROCEDURES.filter((path) => MATRIX[path]).flatMap((path) => EVERYONE.map((who) => [path, who] as const));

  it.each(cases)('%s as %s', async (path, who) => {
    const access = MATRIX[path]!;
    // A fresh session per call: signIn and signOut change the session they run in.
    const caller = who === 'anonymous' ? browserCaller(db.orm).caller : await callerAs(db.orm, network.users[who].user);
    const call = procedureAt(caller, path)(access.input?.(network, fx, who));
    if (access.allowed.includes(who)) {
      await call; // an answer, whatever it is; a refusal fails the test with the error
    } else {
      const refusal = who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
      expect(await failureOf(call)).toMatchObject({ data: { code: refusal } });
    }
  });
});
