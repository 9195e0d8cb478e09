import { insertPatientCard, patientIdByNationalId, type EntityManager } from '@bn/db';
import { AppError, parseNationalId, type SessionUser } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';

export interface CreatePatientOptions {
  em: EntityManager;
  user: SessionUser;
  patient: { clinicId: string; nationalId: string; name: string; phone: string | null; email: string | null };
  now: Date;
}

/**
 * A card the clinic makes itself in its patient list (its admins only), with the birth date the national id gives
 * (D- and H-numbers too). A national id the clinic already has is PATIENT_EXISTS with that card's id, the card left as
 * it is. The card's creation is logged in the patient's access log (where changes to a card are kept, not in the
 * configuration audit log, which support and the network operator read).
 */
export async function createPatient({ em, user, patient, now }: CreatePatientOptions): Promise<{ patientId: string }> {
  if (user.role !== 'clinic_admin' || !user.clinicIds.includes(patient.clinicId)) throw new AppError('FORBIDDEN');
  const parsed = parseNationalId(patient.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', { reason: parsed.problem });
  return em.transactional(async (tx) => {
    const patientId = await insertPatientCard(tx, {
      ...patient,
      nationalId: parsed.value,
      birthDate: parsed.birthDate,
      now,
    });
    if (!patientId) {
      const existing = await patientIdByNationalId(tx, patient.clinicId, parsed.value);
      throw new AppError('PATIENT_EXISTS', { patientId: existing ?? '' });
    }
    await recordAccess(tx, {
      user,
      clinicId: patient.clinicId,
      patientIds: [patientId],
      action: 'update_patient',
      what: 'pasientkortet opprettet av klinikken',
      now,
    });
    return { patientId };
  });
}
