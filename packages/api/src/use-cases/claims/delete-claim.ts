import { claimTermsOf, deleteClaimRow, lockClaimCards, type EntityManager } from '@bn/db';
import { AppError, assertClaimDeletable, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { administers } from '../billing/card-access.js';

export interface DeleteClaimOptions {
  em: EntityManager;
  user: SessionUser;
  claimId: string;
}

/**
 * P2: a claim linked to a billing card that is not credited cannot be deleted (CLAIM_IN_USE, with the number of draft
 * and billed cards). The claim's row is locked first, so a card cannot be billed on it while it goes. Another clinic's
 * claim is NOT_FOUND. Bookings that linked it (K5) keep their case id and lose the link.
 */
export async function deleteClaim({ em, user, claimId }: DeleteClaimOptions): Promise<{ id: string }> {
  return em.transactional(async (tx) => {
    const found = await lockClaimCards(tx, claimId);
    if (!found || !administers(user, found.claim.clinic_id)) throw new AppError('NOT_FOUND');
    assertClaimDeletable(found.cards);
    const { claim } = found;
    await deleteClaimRow(tx, claimId);
    recordChange(tx, user, {
      clinicId: claim.clinic_id,
      entity: 'claim',
      entityId: claimId,
      action: 'delete',
      before: {
        patientId: claim.patient_id,
        insurerId: claim.insurer_id,
        caseId: claim.case_id,
        caseNumber: claim.case_number,
        ...claimTermsOf(claim),
      },
      after: null,
    });
    return { id: claimId };
  });
}
