import { patientIdByNationalId, type EntityManager } from '@bn/db';
import type { SessionUser } from '@bn/domain';
import { getPatientCard, type PatientCard } from './get-patient-card.js';

/**
 * Looks a patient up in the clinic's patient list by national identity number: the card (the read is logged), or
 * null when the clinic has no such patient or the caller may not see it (the two are not told apart).
 */
export async function findPatientByNationalId({
  em,
  user,
  clinicId,
  nationalId,
  now,
}: {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  nationalId: string;
  now: Date;
}): Promise<PatientCard | null> {
  const patientId = await patientIdByNationalId(em, clinicId, nationalId);
  if (!patientId) return null;
  return getPatientCard({ em, user, patientId, now, action: 'find_patient' }).catch((e: unknown) => {
    if (e instanceof Error && 'code' in e && e.code === 'NOT_FOUND') return null;
    throw e;
  });
}
