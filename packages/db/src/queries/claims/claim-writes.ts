// P2: claims the clinic makes on a patient card — imported from an insurer's case, or by hand.
import { randomUUID } from 'node:crypto';
import type { ClaimGrant } from '@bn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { CLAIM_TERMS_COLUMNS, type ClaimTermsRow } from './claim-terms.js';

/** The columns that store a grant (the inverse of `claimTermsOf`). */
function grantColumns(grant: ClaimGrant) {
  return grant.type === 'total'
    ? { claim_type: grant.type, treatments_granted: grant.treatments, treatments_per_tariff: null }
    : { claim_type: grant.type, treatments_granted: null, treatments_per_tariff: JSON.stringify(grant.treatments) };
}

export type StoredClaimRow = {
  id: string;
  case_id: string | null;
  case_number: string | null;
  created_automatically: boolean;
} & ClaimTermsRow;

/** The card's claim with this case id at the insurer, locked for the caller's transaction. */
export async function lockCaseClaim(
  tx: EntityManager,
  key: { patientId: string; insurerId: string; caseId: string },
): Promise<StoredClaimRow | null> {
  const row = await sqlOf(tx)
    .selectFrom('claim')
    .select(['id', 'case_id', 'case_number', 'created_automatically', ...CLAIM_TERMS_COLUMNS])
    .where('patient_id', '=', key.patientId)
    .where('insurer_id', '=', key.insurerId)
    .where('case_id', '=', key.caseId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

export interface CaseClaimTerms {
  patientId: string;
  insurerId: string;
  /** Upper-case SakID. */
  caseId: string;
  grant: ClaimGrant;
  validFrom: string;
  validTo: string | null;
  now: Date;
}

/**
 * The card's claim for the case, with the case's terms: a new one, or the one already there (K5's, made by a
 * booking, is completed) — one statement on the partial unique index (patient, insurer, case id), so a booking
 * making the K5 claim at the same moment ends with one claim too. Returns its id and whether it is new.
 */
export async function upsertCaseClaim(
  tx: EntityManager,
  c: CaseClaimTerms,
  id: string = randomUUID(),
): Promise<{ id: string; created: boolean }> {
  const terms = { ...grantColumns(c.grant), valid_from: c.validFrom, valid_to: c.validTo };
  const row = await sqlOf(tx)
    .insertInto('claim')
    .values({
      id,
      created_at: c.now,
      patient_id: c.patientId,
      insurer_id: c.insurerId,
      case_id: c.caseId,
      created_automatically: false,
      ...terms,
    })
    .onConflict((oc) =>
      oc.columns(['patient_id', 'insurer_id', 'case_id']).where('case_id', 'is not', null).doUpdateSet(terms),
    )
    .returning(['id'])
    .executeTakeFirstOrThrow();
  return { id: row.id, created: row.id === id };
}

export interface ClaimByHandRow {
  patientId: string;
  insurerId: string;
  caseNumber: string;
  grant: ClaimGrant;
  validFrom: string;
  validTo: string;
  now: Date;
}

/** A claim without a case id, as the clinic typed it. */
export async function insertClaimByHand(tx: EntityManager, c: ClaimByHandRow): Promise<string> {
  const id = randomUUID();
  await sqlOf(tx)
    .insertInto('claim')
    .values({
      id,
      created_at: c.now,
      patient_id: c.patientId,
      insurer_id: c.insurerId,
      case_id: null,
      case_number: c.caseNumber,
      created_automatically: false,
      ...grantColumns(c.grant),
      valid_from: c.validFrom,
      valid_to: c.validTo,
    })
    .execute();
  return id;
}
