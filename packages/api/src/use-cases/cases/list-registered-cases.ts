import { listRegisteredCases as listRows, type EntityManager } from '@bn/db';
import { caseValidFrom, claimGrantSchema, type ClaimGrant } from '@bn/domain';

export interface RegisteredCaseView {
  id: string;
  insurerId: string;
  insurerName: string;
  caseId: string;
  birthDate: string;
  createdOn: string;
  /** The first day the case covers: 14 days before it was created (P2). */
  validFrom: string;
  validTo: string | null;
  /** Null only for a stored grant the domain refuses (never written by this API). */
  grant: ClaimGrant | null;
  registeredByName: string | null;
  registeredAt: Date;
}

/**
 * The operator's register, newest first (one insurer's when asked). It names no patient — a case carries a birth
 * date, not a national id — so there is no patient to write an access-log row for; only the operator reads it.
 */
export async function listRegisteredCases(em: EntityManager, insurerId: string | null): Promise<RegisteredCaseView[]> {
  const rows = await listRows(em, insurerId);
  return rows.map((r) => {
    const grant = claimGrantSchema.safeParse(r.grant);
    return {
      id: r.id,
      insurerId: r.insurer_id,
      insurerName: r.insurer_name,
      caseId: r.case_id,
      birthDate: r.birth_date,
      createdOn: r.created_on,
      validFrom: caseValidFrom(r.created_on),
      validTo: r.valid_to,
      grant: grant.success ? grant.data : null,
      registeredByName: r.registered_by_name,
      registeredAt: r.created_at,
    };
  });
}
