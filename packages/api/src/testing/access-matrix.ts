// THE ACCESS MATRIX: who may call every procedure of appRouter, with a valid input for each allowed caller (own
// tenant) and, where the input names a tenant's row, an input naming another tenant's row with the exact refusal.
// The matrix test (access-matrix.int.test.ts) checks it; the HTTP fuzzing (apps/server/src/fuzz) starts from its
// valid inputs. A new procedure without an entry fails the matrix test: decide who may call it before it ships.
import { randomUUID } from 'node:crypto';
import { Membership, RegisteredCase, type MikroORM } from '@bn/db';
import {
  createClinic,
  createPractitioner,
  createUser,
  createTestNetwork,
  nextOrgNumber,
  type TestNetwork,
  type TestUser,
} from '@bn/db/testing';
import { ROLES, type ErrorCode, type Role } from '@bn/domain';
import { appRouter } from '../root.js';
import {
  toBookConfig,
  toClinicConfig,
  toDepartmentConfig,
  toInsurerConfig,
  toPractitionerConfig,
  toRuleConfig,
  toTariffConfig,
  toTemplateConfig,
  toTypeConfig,
  toWorkPlanConfig,
} from '../config-shape.js';
import { createClinicSetup, createMatrixFixtures, type ClinicSetup, type MatrixFixtures } from './config-fixtures.js';
import { createBookingMatrixFixtures, type BookingMatrixFixtures } from './booking-matrix-fixtures.js';
import type { Caller } from './callers.js';
import { ACCOUNT_MATRIX, createAccountMatrixFixtures, type AccountMatrixFixtures } from './account-matrix.js';
import { BILLING_MATRIX, createBillingMatrixFixtures, type BillingMatrixFixtures } from './billing-matrix.js';

export type Who = Role | 'anonymous';

/** Rows of tenants the network's users do not belong to. */
export interface ForeignTenant {
  /** Clinic C, with one of each configuration row: no user of the test network administers it or works there. */
  clinic: { id: string; setup: ClinicSetup };
  /** A patient of clinic C, with a booking in C's book. */
  patient: { id: string; nationalId: string; appointmentId: string };
  /** Insurer Y's agent (the network's agent is X's) and what it booked and holds in clinic B. */
  otherAgent: TestUser;
  otherInsurerBooking: { appointmentId: string; patientId: string; nationalId: string };
  otherInsurerHoldId: string;
}

export interface MatrixWorld {
  network: TestNetwork;
  fx: MatrixFixtures;
  bx: BookingMatrixFixtures;
  foreign: ForeignTenant;
  billing: BillingMatrixFixtures;
  accounts: AccountMatrixFixtures;
  /** A practitioner of clinic A whose membership application is pending (for memberships.reject). */
  pendingApplicantId: string;
}

export interface Access {
  /** Who gets an answer; everyone else is refused (anonymous with UNAUTHORIZED, other roles with FORBIDDEN). */
  allowed: readonly Who[];
  /** A valid input for the allowed callers, on their own tenant. */
  input?: (w: MatrixWorld, who: Who) => unknown;
  /**
   * The same call naming another tenant's row, for the allowed roles that have a tenant (clinic admin: its clinics;
   * practitioner: its books; agent: its insurer), and the exact code each is refused with — or null where the
   * procedure answers "nothing found" (null) rather than telling a refusal apart from a miss.
   */
  foreign?: {
    input: (w: MatrixWorld, who: Who) => unknown;
    refusal: ErrorCode | Partial<Record<Who, ErrorCode | null>>;
  };
}

export const EVERYONE: readonly Who[] = ['anonymous', ...ROLES];
export const TENANT_ROLES: readonly Who[] = ['clinic_admin', 'practitioner', 'insurer_agent'];
const SIGNED_IN: readonly Who[] = ROLES;
const CLINIC_READERS: readonly Who[] = ['network_operator', 'support', 'clinic_admin'];
const ADMIN_APP: readonly Who[] = ['network_operator', 'support', 'clinic_admin', 'practitioner'];
const OPERATOR: readonly Who[] = ['network_operator'];
const STAFF: readonly Who[] = ['network_operator', 'support'];
const CLINIC_ADMIN: readonly Who[] = ['clinic_admin'];
const ADDRESS_KEEPERS: readonly Who[] = ['clinic_admin', 'support'];
const AGENT_OR_CLINIC_ADMIN: readonly Who[] = ['insurer_agent', 'clinic_admin'];
const CLINIC_ROLES: readonly Who[] = ['clinic_admin', 'practitioner'];
const NEW_CLINIC_ID = randomUUID();

const c = (w: MatrixWorld) => w.foreign.clinic.setup;
/** A registered case of insurer X for the matrix's patient of clinic A (born 1990-01-05, `bx.clinicAPatient`). */
const MATRIX_CASE_ID = 'MATRISE1';
const claimByHand = (w: MatrixWorld) => ({
  insurerId: w.network.insurerX.id,
  caseNumber: 'S-2026-1',
  grant: { type: 'total', treatments: 6 },
  validFrom: '2026-12-01',
  validTo: '2027-05-31',
});
const clinicC = (w: MatrixWorld) => ({ clinicId: w.foreign.clinic.id });

export const MATRIX: Record<string, Access> = {
  'auth.me': { allowed: EVERYONE },
  'auth.signOut': { allowed: SIGNED_IN },
  'clinics.list': { allowed: CLINIC_READERS },
  // Clinic A is the clinic admin's own clinic (B too, for the booking entries); C is nobody's.
  'clinics.get': {
    allowed: CLINIC_READERS,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'insurers.list': { allowed: ['network_operator', 'support', 'clinic_admin', 'insurer_agent'] },
  'agent.insurer': { allowed: ['insurer_agent'] },
  // Scoped by the agent's own insurer: another insurer's agents are never listed (booking-find.int.test.ts).
  'agent.colleagues': { allowed: ['insurer_agent'] },
  'practitioner.me': { allowed: ['practitioner'] },
  // Configuration API (docs/configuration-api.md). Writes touch clinic A, the clinic admin's own clinic; smuggled ids
  // inside an own row are covered in routers/config-scope.int.test.ts.
  'clinicConfig.get': {
    allowed: CLINIC_READERS,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'readiness.forClinic': {
    allowed: CLINIC_READERS,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'readiness.networkContact': { allowed: CLINIC_READERS },
  'audit.forClinic': {
    allowed: CLINIC_READERS,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'audit.actorsForClinic': {
    allowed: CLINIC_READERS,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'holidays.list': { allowed: ADMIN_APP, input: () => ({ year: 2026 }) },
  'clinics.create': {
    allowed: OPERATOR,
    input: () => ({
      id: NEW_CLINIC_ID,
      name: 'Ny klinikk',
      orgNumber: nextOrgNumber(),
      integrationActive: false,
      severalDepartmentsNotified: false,
      maxSelfBooked: null,
    }),
  },
  'clinics.update': {
    allowed: ['network_operator', 'clinic_admin'],
    input: (w) => ({ ...toClinicConfig(w.network.clinicA), severalDepartmentsNotified: true, maxSelfBooked: 3 }),
    foreign: {
      input: (w) => ({
        id: w.foreign.clinic.id,
        name: 'Klinikk C',
        orgNumber: nextOrgNumber(),
        integrationActive: true,
        severalDepartmentsNotified: false,
        maxSelfBooked: null,
      }),
      refusal: 'FORBIDDEN',
    },
  },
  'clinics.setIntegration': { allowed: STAFF, input: (w) => ({ clinicId: w.network.clinicA.id, active: true }) },
  'clinics.setPhone': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ clinicId: w.network.clinicA.id, phone: '22 12 34 56' }),
    foreign: { input: (w) => ({ ...clinicC(w), phone: '22 12 34 56' }), refusal: 'FORBIDDEN' },
  },
  'clinics.notifySeveralDepartments': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'clinics.departmentNotices': { allowed: STAFF },
  'workQueue.list': { allowed: STAFF },
  'workQueue.counts': { allowed: STAFF },
  'insurers.upsert': { allowed: OPERATOR, input: (w) => toInsurerConfig(w.network.insurerY) },
  'insurers.delete': { allowed: OPERATOR, input: (w) => ({ id: w.fx.spareInsurerId }) },
  'tariffs.list': { allowed: ADMIN_APP },
  'tariffs.upsert': { allowed: OPERATOR, input: (w) => toTariffConfig(w.fx.setup.helfoTariff) },
  'tariffs.delete': { allowed: OPERATOR, input: (w) => ({ id: w.fx.spareTariffId }) },
  'memberships.list': { allowed: OPERATOR },
  'memberships.applyFor': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ practitionerId: w.network.practitionerA.id }),
    foreign: { input: (w) => ({ practitionerId: c(w).practitioner.id }), refusal: 'FORBIDDEN' },
  },
  'memberships.reject': {
    allowed: OPERATOR,
    input: (w) => ({ practitionerId: w.pendingApplicantId, reason: 'HPR-nummeret stemmer ikke.' }),
  },
  'memberships.decide': {
    allowed: OPERATOR,
    input: (w) => ({ practitionerId: w.network.practitionerA.id, status: 'approved' }),
  },
  'agreements.list': {
    allowed: CLINIC_READERS,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  'agreements.upsert': {
    allowed: OPERATOR,
    input: (w) => ({
      id: `agreement-${w.network.clinicA.id}`,
      insurerId: w.network.insurerX.id,
      clinicId: w.network.clinicA.id,
      status: 'approved',
      validFrom: '2026-01-01',
    }),
  },
  'departments.upsert': {
    allowed: ADDRESS_KEEPERS,
    input: (w) => toDepartmentConfig(w.fx.setup.department),
    foreign: { input: (w) => toDepartmentConfig(c(w).department), refusal: 'FORBIDDEN' },
  },
  'departments.delete': {
    allowed: ADDRESS_KEEPERS,
    input: (w, who) => ({ id: w.fx.spareDepartmentIds[who === 'support' ? 'support' : 'clinic_admin'] }),
    foreign: { input: (w) => ({ id: c(w).department.id }), refusal: 'FORBIDDEN' },
  },
  'departments.setRegistered': {
    allowed: STAFF,
    input: (w) => ({ departmentId: w.fx.setup.department.id, registered: true }),
  },
  'practitioners.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => toPractitionerConfig(w.network.practitionerA),
    foreign: { input: (w) => toPractitionerConfig(c(w).practitioner), refusal: 'FORBIDDEN' },
  },
  'practitioners.delete': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ id: w.fx.sparePractitionerId }),
    foreign: { input: (w) => ({ id: c(w).practitioner.id }), refusal: 'FORBIDDEN' },
  },
  'books.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => toBookConfig(w.fx.setup.book),
    foreign: { input: (w) => toBookConfig(c(w).book), refusal: 'FORBIDDEN' },
  },
  'books.delete': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ id: w.fx.spareBookId }),
    foreign: { input: (w) => ({ id: c(w).book.id }), refusal: 'FORBIDDEN' },
  },
  'types.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => toTypeConfig(w.fx.setup.type),
    foreign: { input: (w) => toTypeConfig(c(w).type), refusal: 'FORBIDDEN' },
  },
  'types.delete': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ id: w.fx.spareTypeId }),
    foreign: { input: (w) => ({ id: c(w).looseType.id }), refusal: 'FORBIDDEN' },
  },
  'rules.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => toRuleConfig(w.fx.setup.rule, [w.fx.setup.insuranceTariff.id]),
    foreign: { input: (w) => toRuleConfig(c(w).rule, [c(w).insuranceTariff.id]), refusal: 'FORBIDDEN' },
  },
  'rules.delete': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ id: w.fx.spareRuleId }),
    foreign: { input: (w) => ({ id: c(w).rule.id }), refusal: 'FORBIDDEN' },
  },
  'templates.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => toTemplateConfig(w.fx.setup.template),
    foreign: { input: (w) => toTemplateConfig(c(w).template), refusal: 'FORBIDDEN' },
  },
  'templates.delete': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ id: w.fx.spareTemplateId }),
    foreign: { input: (w) => ({ id: c(w).template.id }), refusal: 'FORBIDDEN' },
  },
  'workPlans.upsert': {
    allowed: CLINIC_ADMIN,
    input: (w) => toWorkPlanConfig(w.fx.setup.plan),
    foreign: { input: (w) => toWorkPlanConfig(c(w).plan), refusal: 'FORBIDDEN' },
  },
  // Booking: agents hold and confirm; the agent that booked and the clinic cancel and move; the clinic marks no-shows.
  // Someone else's booking or hold is NOT_FOUND (lock-booking.ts), so that ids cannot be probed.
  'booking.hold': {
    allowed: ['insurer_agent'],
    input: (w) => w.bx.holdInput,
    // Clinic C has no agreement with insurer X: nothing there is offered to X, and the hold says so (never "taken").
    foreign: {
      input: (w) => ({
        bookId: c(w).book.id,
        typeId: c(w).type.id,
        tariffCode: c(w).insuranceTariff.code,
        startAt: w.bx.holdInput.startAt,
      }),
      refusal: 'NOT_BOOKABLE',
    },
  },
  'booking.confirm': {
    allowed: ['insurer_agent'],
    input: (w) => ({
      holdId: w.bx.holdToConfirm,
      patient: { nationalId: '05819012301', name: 'Matrise To', phone: '91234567', email: 'matrise.to@example.no' },
      caseId: 'MATRIX2',
      patientRemark: 'Vondt i kneet',
    }),
    foreign: {
      input: (w) => ({
        holdId: w.foreign.otherInsurerHoldId,
        patient: { nationalId: '05819012301', name: 'Matrise To', phone: '91234567' },
      }),
      refusal: 'HOLD_NOT_FOUND',
    },
  },
  'booking.release': {
    allowed: ['insurer_agent'],
    input: (w) => ({ holdId: w.bx.holdToRelease }),
    foreign: { input: (w) => ({ holdId: w.foreign.otherInsurerHoldId }), refusal: 'HOLD_NOT_FOUND' },
  },
  'booking.extendHold': {
    allowed: ['insurer_agent'],
    input: (w) => ({ holdId: w.bx.holdToExtend }),
    foreign: { input: (w) => ({ holdId: w.foreign.otherInsurerHoldId }), refusal: 'HOLD_NOT_FOUND' },
  },
  'booking.resendConfirmation': {
    allowed: ['insurer_agent'],
    input: (w) => ({ appointmentId: w.bx.toMove.insurer_agent.appointmentId }),
    foreign: { input: (w, who) => ({ appointmentId: foreignBooking(w, who) }), refusal: 'NOT_FOUND' },
  },
  'booking.cancel': {
    allowed: AGENT_OR_CLINIC_ADMIN,
    input: (w, who) => ({
      appointmentId: w.bx.toCancel[who === 'clinic_admin' ? 'clinic_admin' : 'insurer_agent'],
      reason: 'Matrise',
      onBehalfOf: 'patient',
    }),
    foreign: {
      input: (w, who) => ({ appointmentId: foreignBooking(w, who), reason: 'Matrise', onBehalfOf: 'patient' }),
      refusal: 'NOT_FOUND',
    },
  },
  'booking.move': {
    allowed: AGENT_OR_CLINIC_ADMIN,
    input: (w, who) => w.bx.toMove[who === 'clinic_admin' ? 'clinic_admin' : 'insurer_agent'],
    foreign: {
      input: (w, who) => ({ appointmentId: foreignBooking(w, who), startAt: w.bx.toMove.clinic_admin.startAt }),
      refusal: 'NOT_FOUND',
    },
  },
  // The clinic's own booking: its admins, in their own clinic's book for their own clinic's patient.
  'booking.bookByClinic': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ ...w.bx.toBookByClinic, patientRemark: 'Matrise', note: null }),
    foreign: {
      input: (w) => ({
        ...w.bx.toBookByClinic,
        clinicId: w.foreign.clinic.id,
        bookId: c(w).book.id,
        typeId: c(w).type.id,
        patientId: w.foreign.patient.id,
      }),
      refusal: 'FORBIDDEN',
    },
  },
  'booking.markNoShow': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ appointmentId: w.bx.toMarkNoShow }),
    foreign: { input: (w) => ({ appointmentId: w.foreign.patient.appointmentId }), refusal: 'NOT_FOUND' },
  },
  'notifications.log': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ clinicId: w.network.clinicA.id }),
    foreign: { input: clinicC, refusal: 'FORBIDDEN' },
  },
  // The network's recurring jobs: the operator's alone.
  'jobs.overview': { allowed: OPERATOR },
  // Insurer apps' API keys: the operator's alone (the secret is shown to it once).
  'apiKeys.list': { allowed: OPERATOR, input: () => ({}) },
  'apiKeys.create': {
    allowed: OPERATOR,
    input: (w) => ({ insurerId: w.network.insurerX.id, label: 'Bli frisk, test' }),
  },
  'apiKeys.rotate': { allowed: OPERATOR, input: (w) => ({ id: w.fx.spareApiKeyIds.rotate, graceHours: 24 }) },
  'apiKeys.revoke': { allowed: OPERATOR, input: (w) => ({ id: w.fx.spareApiKeyIds.revoke }) },
  // Insurers' webhook endpoints: the operator's alone (the secret is shown to it once); insurer apps use /api/v1/webhooks.
  'webhooks.list': { allowed: OPERATOR, input: () => ({}) },
  'webhooks.create': {
    allowed: OPERATOR,
    input: (w) => ({ insurerId: w.network.insurerX.id, url: 'https://example.test/bn-hook' }),
  },
  'webhooks.rotate': { allowed: OPERATOR, input: (w) => ({ id: w.fx.spareWebhooks.rotate, graceHours: 24 }) },
  'webhooks.deactivate': { allowed: OPERATOR, input: (w) => ({ id: w.fx.spareWebhooks.deactivate }) },
  'webhooks.deliveries': { allowed: OPERATOR, input: (w) => ({ endpointId: w.fx.spareWebhooks.logged }) },
  'webhooks.replay': {
    allowed: OPERATOR,
    input: (w) => ({ endpointId: w.fx.spareWebhooks.logged, deliveryId: w.fx.spareWebhooks.deliveryId }),
  },
  'booking.mine': { allowed: ['insurer_agent'], input: () => ({ from: '2026-11-01', to: '2027-01-31' }) },
  // Scoped by the agent's own insurer: another insurer's booking is simply not found (booking-find.int.test.ts).
  'booking.find': { allowed: ['insurer_agent'], input: () => ({ query: '6QPTR' }) },
  // Patient data: the clinic's admins, and the practitioner for its own books; never support, the operator or agents.
  'appointments.forBooks': {
    allowed: CLINIC_ROLES,
    input: (w) => ({
      clinicId: w.network.clinicA.id,
      bookIds: [w.fx.setup.book.id],
      from: '2026-12-01',
      to: '2027-01-31',
    }),
    foreign: {
      input: (w) => ({ clinicId: w.foreign.clinic.id, bookIds: [c(w).book.id], from: '2026-12-01', to: '2027-01-31' }),
      refusal: 'FORBIDDEN',
    },
  },
  'appointments.freeTime': {
    allowed: CLINIC_ROLES,
    input: (w) => ({
      clinicId: w.network.clinicA.id,
      bookIds: [w.fx.setup.book.id],
      from: '2026-12-01',
      to: '2027-01-31',
    }),
    foreign: {
      input: (w) => ({ clinicId: w.foreign.clinic.id, bookIds: [c(w).book.id], from: '2026-12-01', to: '2027-01-31' }),
      refusal: 'FORBIDDEN',
    },
  },
  'patients.get': {
    allowed: CLINIC_ROLES,
    input: (w) => ({ patientId: w.bx.clinicAPatient.id }),
    foreign: { input: (w) => ({ patientId: w.foreign.patient.id }), refusal: 'NOT_FOUND' },
  },
  'patients.findByNationalId': {
    allowed: CLINIC_ROLES,
    input: (w) => ({ clinicId: w.network.clinicA.id, nationalId: w.bx.clinicAPatient.nationalId }),
    // A practitioner's look-up does not tell "not yours" from "no such patient" (find-patient-by-national-id.ts).
    foreign: {
      input: (w) => ({ clinicId: w.foreign.clinic.id, nationalId: w.foreign.patient.nationalId }),
      refusal: { clinic_admin: 'FORBIDDEN', practitioner: null },
    },
  },
  // The clinic's patient list: its admins, and its practitioners among the patients of their own books.
  'patients.search': {
    allowed: CLINIC_ROLES,
    input: (w) => ({ clinicId: w.network.clinicA.id, query: 'Pasient' }),
    foreign: { input: (w) => ({ clinicId: w.foreign.clinic.id, query: 'Pasient' }), refusal: 'FORBIDDEN' },
  },
  'patients.create': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({
      clinicId: w.network.clinicA.id,
      nationalId: '06819010097',
      name: 'Ny Pasient',
      phone: null,
      email: null,
    }),
    foreign: {
      input: (w) => ({
        clinicId: w.foreign.clinic.id,
        nationalId: '06819010097',
        name: 'Ny Pasient',
        phone: null,
        email: null,
      }),
      refusal: 'FORBIDDEN',
    },
  },
  'accessLog.forPatient': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ patientId: w.bx.clinicAPatient.id }),
    foreign: { input: (w) => ({ patientId: w.foreign.patient.id }), refusal: 'NOT_FOUND' },
  },
  // Claims (P2): the clinic admin on its own patient cards; the register of insurer cases is the operator's.
  'claims.importCase': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ patientId: w.bx.clinicAPatient.id, insurerId: w.network.insurerX.id, caseId: MATRIX_CASE_ID }),
    foreign: {
      input: (w) => ({ patientId: w.foreign.patient.id, insurerId: w.network.insurerX.id, caseId: MATRIX_CASE_ID }),
      refusal: 'NOT_FOUND',
    },
  },
  'claims.createByHand': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ patientId: w.bx.clinicAPatient.id, claim: claimByHand(w) }),
    foreign: { input: (w) => ({ patientId: w.foreign.patient.id, claim: claimByHand(w) }), refusal: 'NOT_FOUND' },
  },
  'cases.register': {
    allowed: OPERATOR,
    input: (w) => ({
      cases: [
        {
          caseId: `M${randomUUID().replace(/-/g, '').slice(0, 12)}`,
          insurerId: w.network.insurerX.id,
          birthDate: '1990-01-05',
          createdOn: '2026-11-20',
          validTo: null,
          grant: { type: 'per_treatment_type', treatments: { B1010: 4 } },
        },
      ],
    }),
  },
  'cases.list': { allowed: OPERATOR, input: (w) => ({ insurerId: w.network.insurerX.id }) },
  'patients.takeOverBookingDetails': {
    allowed: CLINIC_ADMIN,
    input: (w) => ({ appointmentId: w.bx.clinicAPatient.appointmentId }),
    foreign: { input: (w) => ({ appointmentId: w.foreign.patient.appointmentId }), refusal: 'NOT_FOUND' },
  },
  // Search: the agent's own insurer only (read-only queries; what they find is covered by the search tests).
  'search.filters': { allowed: ['insurer_agent'] },
  // Every filter given, so that the fuzzing (which starts from these inputs) reaches each of them.
  'search.network': {
    allowed: ['insurer_agent'],
    input: (w) => ({
      from: '2026-12-01',
      to: '2026-12-31',
      tariffCode: w.bx.setup.tariffCode,
      profession: 'physiotherapist',
      place: 'Oslo',
      practitionerName: 'Behandler',
    }),
  },
  'search.practitioners': {
    allowed: ['insurer_agent'],
    input: (w) => ({
      from: '2026-12-01',
      to: '2026-12-31',
      tariffCode: w.bx.setup.tariffCode,
      place: 'Oslo',
      sort: 'distance',
      patientPostcode: '0366',
    }),
  },
  'search.practitionerSlots': {
    allowed: ['insurer_agent'],
    input: (w) => ({ practitionerId: w.network.practitionerA.id, from: '2026-12-01', to: '2026-12-31' }),
  },
  'search.practitioner': { allowed: ['insurer_agent'], input: (w) => ({ practitionerId: w.network.practitionerA.id }) },
  'search.findPractitioners': { allowed: ['insurer_agent'], input: () => ({ name: 'Behandler' }) },
  'search.whyNoTimes': {
    allowed: ['insurer_agent'],
    input: (w) => ({ practitionerId: w.network.practitionerA.id, from: '2026-12-01', to: '2026-12-31' }),
  },
  ...BILLING_MATRIX,
  ...ACCOUNT_MATRIX,
};

/** The clinic admin's foreign booking is in clinic C; the agent's is the one insurer Y's agent made in clinic B. */
function foreignBooking(w: MatrixWorld, who: Who): string {
  return who === 'clinic_admin' ? w.foreign.patient.appointmentId : w.foreign.otherInsurerBooking.appointmentId;
}

export const PROCEDURES = Object.keys(appRouter._def.procedures).sort();

/** The caller's function for a dotted path, e.g. `clinics.get`. */
export function procedureAt(caller: Caller, path: string): (input?: unknown) => Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return fn as (input?: unknown) => Promise<unknown>;
}

/**
 * Ids of the foreign tenant's rows that must never appear in an answer to a tenant role: clinic C's rows and patient
 * for the clinic roles; the other insurer's booking and patient, and clinic C's patient, for the agent. (Practitioners
 * and clinics are the network's public face: an agent may find C's practitioner by name.)
 */
export function hiddenFrom(w: MatrixWorld, who: Who): string[] {
  const patientC = [w.foreign.patient.id, w.foreign.patient.nationalId, w.foreign.patient.appointmentId];
  if (who === 'insurer_agent') {
    const y = w.foreign.otherInsurerBooking;
    return [...patientC, y.appointmentId, y.patientId, y.nationalId, w.foreign.otherInsurerHoldId];
  }
  if (who === 'clinic_admin' || who === 'practitioner') {
    const s = c(w);
    return [
      ...patientC,
      w.foreign.clinic.id,
      s.department.id,
      s.practitioner.id,
      s.book.id,
      s.type.id,
      s.looseType.id,
      s.rule.id,
      s.template.id,
      s.plan.id,
      w.billing.foreignCardId,
      w.billing.foreignClaimId,
      w.billing.foreignAgreementId,
    ];
  }
  return [];
}

async function createForeignTenant(
  orm: MikroORM,
  network: TestNetwork,
  bx: BookingMatrixFixtures,
): Promise<ForeignTenant> {
  const em = orm.em.fork();
  const clinic = await createClinic(em, { name: 'Klinikk C' });
  const setup = await createClinicSetup(orm.em.fork(), clinic);
  const far = (days: number) => new Date(Date.UTC(new Date().getUTCFullYear() + 1, 6, 1 + days, 3, 0));
  const insertPatient = async (clinicId: string, nationalId: string, name: string) => {
    const id = randomUUID();
    await orm.em
      .fork()
      .execute(
        `insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date) values (?, now(), ?, ?, ?, null, 'fremmed@example.no', '1990-01-06')`,
        [id, clinicId, nationalId, name],
      );
    return id;
  };
  const insertAppointment = async (o: {
    clinicId: string;
    bookId: string;
    start: Date;
    kind: 'booking' | 'hold';
    patientId: string | null;
    insurerId?: string;
    createdBy?: string;
  }) => {
    const id = randomUUID();
    await orm.em.fork().execute(
      `insert into appointment (id, created_at, clinic_id, book_id, start_at, end_at, kind, status, hold_expires_at, source, insurer_id, created_by, patient_id, paid_by_patient)
       values (?, now(), ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, true)`,
      [
        id,
        o.clinicId,
        o.bookId,
        o.start,
        new Date(o.start.getTime() + 30 * 60_000),
        o.kind,
        o.kind === 'hold' ? new Date(Date.now() + 3_600_000) : null,
        o.insurerId ? 'agent' : 'clinic',
        o.insurerId ?? null,
        o.createdBy ?? null,
        o.patientId,
      ],
    );
    return id;
  };
  const patientNationalId = '06819012340';
  const patientId = await insertPatient(clinic.id, patientNationalId, 'Pasient i C');
  const appointmentId = await insertAppointment({
    clinicId: clinic.id,
    bookId: setup.book.id,
    start: far(0),
    kind: 'booking',
    patientId,
  });

  const otherAgent = await createUser(orm.em.fork(), { role: 'insurer_agent', insurer: network.insurerY });
  const yNationalId = '07819012304';
  const yPatientId = await insertPatient(network.clinicB.id, yNationalId, 'Pasient av Y');
  const y = { insurerId: network.insurerY.id, createdBy: otherAgent.user.id };
  const yBooking = await insertAppointment({
    clinicId: network.clinicB.id,
    bookId: bx.setup.book.id,
    start: far(1),
    kind: 'booking',
    patientId: yPatientId,
    ...y,
  });
  const yHold = await insertAppointment({
    clinicId: network.clinicB.id,
    bookId: bx.setup.book.id,
    start: far(2),
    kind: 'hold',
    patientId: null,
    ...y,
  });
  return {
    clinic: { id: clinic.id, setup },
    patient: { id: patientId, nationalId: patientNationalId, appointmentId },
    otherAgent,
    otherInsurerBooking: { appointmentId: yBooking, patientId: yPatientId, nationalId: yNationalId },
    otherInsurerHoldId: yHold,
  };
}

/** The test network, clinic A configured, clinic B bookable for insurer X, and a foreign tenant. */
export async function createMatrixWorld(orm: MikroORM): Promise<MatrixWorld> {
  const network = await createTestNetwork(orm.em.fork());
  const fx = await createMatrixFixtures(orm.em.fork(), network.clinicA, network.practitionerA);
  const bx = await createBookingMatrixFixtures(orm, network, fx.setup.book.id);
  const foreign = await createForeignTenant(orm, network, bx);
  const em = orm.em.fork();
  em.create(RegisteredCase, {
    insurer: network.insurerX.id,
    caseId: MATRIX_CASE_ID,
    birthDate: '1990-01-05',
    createdOn: '2026-11-20',
    validTo: null,
    grant: { type: 'total', treatments: 12 },
    registeredBy: network.users.network_operator.user.id,
  });
  await em.flush();
  const billing = await createBillingMatrixFixtures(orm, network, fx.setup, {
    clinicId: foreign.clinic.id,
    patientId: foreign.patient.id,
    appointmentId: foreign.patient.appointmentId,
  });
  const accounts = await createAccountMatrixFixtures(orm, network, foreign.clinic.id);
  const applicant = await createPractitioner(em, { clinic: network.clinicA, name: 'Søker A' });
  em.create(Membership, { practitioner: applicant, status: 'pending' });
  await em.flush();
  return { network, fx, bx, foreign, billing, accounts, pendingApplicantId: applicant.id };
}
