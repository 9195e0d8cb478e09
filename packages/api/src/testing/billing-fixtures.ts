// Billing (P1) rows for the integration tests and the access matrix: a clinic and insurer with the EHF details, an
// approved agreement with a B-price, the clinic's Helfo price, a patient, claims and appointments. Written directly
// (not through the procedures under test), except where a test wants a card in a given state.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@bn/db';
import type { SessionUser } from '@bn/domain';
import type { TestUser } from '@bn/db/testing';
import type { ClinicSetup } from './config-fixtures.js';

/** Prices the tests compute with: the clinic's Helfo price and the agreement's B-price, in øre. */
export const HELFO_PRICE_ORE = 22450;
export const B_PRICE_ORE = 65000;

export interface BillingSetup {
  clinicId: string;
  insurerId: string;
  agreementId: string;
  patientId: string;
  setup: ClinicSetup;
}

export const sessionUserOf = (u: TestUser, clinicIds: string[]): SessionUser => ({
  id: u.user.id,
  email: u.user.email,
  name: u.user.name,
  role: u.user.role,
  clinicIds,
  practitionerId: null,
  insurerId: null,
  insurerName: null,
});

const run = (orm: MikroORM, sql: string, params: unknown[]) => orm.em.fork().execute(sql, params);

/** The clinic as an AS in Foretaksregisteret with an address and account; the insurer with its address. */
export async function giveEhfDetails(orm: MikroORM, clinicId: string, insurerId: string): Promise<void> {
  await run(
    orm,
    `update clinic set legal_name = name || ' AS', invoice_street = 'Kirkeveien 64', invoice_postcode = '0364', invoice_city = 'Oslo',
       bank_account = '86011117947', in_business_register = true where id = ?`,
    [clinicId],
  );
  await run(
    orm,
    `update insurer set legal_name = name || ' ASA', invoice_street = 'Professor Kohts vei 9', invoice_postcode = '1366', invoice_city = 'Lysaker' where id = ?`,
    [insurerId],
  );
}

export async function createBillingSetup(
  orm: MikroORM,
  o: { clinicId: string; insurerId: string; setup: ClinicSetup },
): Promise<BillingSetup> {
  await giveEhfDetails(orm, o.clinicId, o.insurerId);
  const agreementId = randomUUID();
  await run(
    orm,
    `insert into agreement (id, created_at, insurer_id, clinic_id, status, valid_from) values (?, now(), ?, ?, 'approved', '2020-01-01')`,
    [agreementId, o.insurerId, o.clinicId],
  );
  await run(
    orm,
    `insert into agreement_price (agreement_id, tariff_id, price_ore, updated_at) values (?, ?, ?, now())`,
    [agreementId, o.setup.insuranceTariff.id, B_PRICE_ORE],
  );
  await run(orm, `insert into clinic_price (clinic_id, tariff_id, price_ore, updated_at) values (?, ?, ?, now())`, [
    o.clinicId,
    o.setup.helfoTariff.id,
    HELFO_PRICE_ORE,
  ]);
  const patientId = await createPatient(orm, o.clinicId);
  return { clinicId: o.clinicId, insurerId: o.insurerId, agreementId, patientId, setup: o.setup };
}

export async function createPatient(orm: MikroORM, clinicId: string): Promise<string> {
  const id = randomUUID();
  const nationalId = `9${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
  await run(
    orm,
    `insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date) values (?, now(), ?, ?, 'Regning Pasient', null, null, '1985-04-12')`,
    [id, clinicId, nationalId],
  );
  return id;
}

export interface ClaimFixture {
  patientId: string;
  insurerId: string;
  caseId?: string | null;
  /** A total count, or a count per tariff code. */
  grant: number | Record<string, number> | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export async function createClaim(orm: MikroORM, c: ClaimFixture): Promise<string> {
  const id = randomUUID();
  const type = c.grant === null ? null : typeof c.grant === 'number' ? 'total' : 'per_treatment_type';
  await run(
    orm,
    `insert into claim (id, created_at, patient_id, insurer_id, case_id, case_number, claim_type, treatments_granted, treatments_per_tariff, valid_from, valid_to, created_automatically)
     values (?, now(), ?, ?, ?, null, ?, ?, ?, ?, ?, false)`,
    [
      id,
      c.patientId,
      c.insurerId,
      c.caseId === undefined ? `C${id.slice(0, 6).toUpperCase()}` : c.caseId,
      type,
      typeof c.grant === 'number' ? c.grant : null,
      c.grant !== null && typeof c.grant === 'object' ? JSON.stringify(c.grant) : null,
      c.validFrom ?? '2020-01-01',
      c.validTo ?? null,
    ],
  );
  return id;
}

export interface AppointmentFixture {
  start: Date;
  status?: 'active' | 'cancelled' | 'no_show';
  kind?: 'booking' | 'block';
  claimId?: string | null;
  withTariff?: boolean;
  patientId?: string | null;
}

/** A 30-minute appointment of the setup's type in its book; K5's claim link and booked tariff when given. */
export async function createAppointment(orm: MikroORM, b: BillingSetup, a: AppointmentFixture): Promise<string> {
  const id = randomUUID();
  await run(
    orm,
    `insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, source, patient_id, claim_id, tariff_id, insurer_id, paid_by_patient)
     values (?, now(), ?, ?, ?, ?, ?, ?, ?, 'clinic', ?, ?, ?, ?, ?)`,
    [
      id,
      b.clinicId,
      b.setup.book.id,
      b.setup.type.id,
      a.start,
      new Date(a.start.getTime() + 30 * 60_000),
      a.kind ?? 'booking',
      a.status ?? 'active',
      a.patientId === undefined ? b.patientId : a.patientId,
      a.claimId ?? null,
      a.withTariff ? b.setup.insuranceTariff.id : null,
      a.claimId ? b.insurerId : null,
      !a.claimId,
    ],
  );
  return id;
}

/** Appointments on distinct days, `n` days back from now at 08:00 UTC (past treatments). */
export const daysAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  d.setUTCHours(8, 0, 0, 0);
  return d;
};
