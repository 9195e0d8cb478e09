import { Insurer, patientRow, type EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { assertNoIssues } from '../../validation.js';

/**
 * The patient card a clinic admin makes a claim on, and the insurer it is against. Another clinic's card is
 * NOT_FOUND (ids cannot be probed); an unknown insurer is a field issue at `insurerId`. No agreement between the
 * insurer and the clinic is required: a claim is the insurer's promise to the patient, and whether the clinic can
 * bill it is billing's question (docs/billing.md).
 */
export async function claimPatient(
  em: EntityManager,
  user: SessionUser,
  patientId: string,
  insurerId: string,
): Promise<{ id: string; clinicId: string; nationalId: string }> {
  const p = await patientRow(em, patientId);
  if (!p || user.role !== 'clinic_admin' || !user.clinicIds.includes(p.clinic_id)) throw new AppError('NOT_FOUND');
  const insurer = await em.findOne(Insurer, { id: insurerId });
  assertNoIssues([insurer ? null : { path: ['insurerId'], code: 'insurer.not_found' }]);
  return { id: p.id, clinicId: p.clinic_id, nationalId: p.national_id };
}
