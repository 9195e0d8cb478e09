import { clinicOfPractitioner, searchClinicPatients, type EntityManager } from '@bn/db';
import { AppError, PATIENT_SEARCH_LIMIT, type SessionUser } from '@bn/domain';
import { recordAccess } from '../access-log/record-access.js';

export interface PatientHit {
  id: string;
  name: string;
  nationalId: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
}

export interface SearchPatientsOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  query: string;
  now: Date;
}

/**
 * The clinic's patients whose name, phone or national id matches (`searchClinicPatients`), for its admins and — only
 * among the patients of its own books, as for the card itself (patient-scope.ts) — its practitioners. Another clinic is
 * FORBIDDEN. Every patient shown is written to the access log before the answer leaves, as a look-up.
 */
export async function searchPatients({ em, user, clinicId, query, now }: SearchPatientsOptions): Promise<PatientHit[]> {
  let ownBooksOf: string | null = null;
  if (user.role === 'clinic_admin') {
    if (!user.clinicIds.includes(clinicId)) throw new AppError('FORBIDDEN');
  } else if (user.role === 'practitioner' && user.practitionerId) {
    if ((await clinicOfPractitioner(em, user.practitionerId)) !== clinicId) throw new AppError('FORBIDDEN');
    ownBooksOf = user.practitionerId;
  } else {
    throw new AppError('FORBIDDEN');
  }
  return em.transactional(async (tx) => {
    const rows = await searchClinicPatients(tx, { clinicId, query, ownBooksOf, limit: PATIENT_SEARCH_LIMIT });
    await recordAccess(tx, {
      user,
      clinicId,
      patientIds: rows.map((r) => r.id),
      action: 'find_patient',
      what: 'navn, fødselsnummer og kontaktopplysninger i et søk i pasientlisten',
      now,
    });
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      nationalId: r.national_id,
      birthDate: r.birth_date,
      phone: r.phone,
      email: r.email,
    }));
  });
}
