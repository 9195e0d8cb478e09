import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';

export interface LinkCaseClaimOptions {
  patientId: string;
  insurerId: string;
  /** Upper-case SakID. */
  caseId: string;
  now: Date;
}

/**
 * K5: the patient card's claim with this case id for the insurer; created automatically when the card has none.
 * The partial unique index (patient, insurer, case id) makes two concurrent bookings end with one claim.
 */
export async function linkCaseClaim(tx: EntityManager, { patientId, insurerId, caseId, now }: LinkCaseClaimOptions): Promise<{ claimId: string; created: boolean }> {
  const [created] = await tx.execute<{ id: string }[]>(
    `insert into claim (id, created_at, patient_id, insurer_id, case_id, created_automatically) values (?, ?, ?, ?, ?, true)
     on conflict (patient_id, insurer_id, case_id) where case_id is not null do nothing returning id`,
    [randomUUID(), now, patientId, insurerId, caseId],
  );
  if (created) return { claimId: created.id, created: true };
  const [existing] = await tx.execute<{ id: string }[]>('select id from claim where patient_id = ? and insurer_id = ? and case_id = ?', [patientId, insurerId, caseId]);
  return { claimId: existing!.id, created: false };
}
