import { findOrCreatePatientCard, type CardDetails, type EntityManager } from '@bn/db';
import { AppError, parseNationalId, type PatientDetails } from '@bn/domain';

export interface FindOrCreatePatientOptions {
  clinicId: string;
  details: PatientDetails;
  now: Date;
}

/** The card's columns from a booking's details; validates the number (INVALID_NATIONAL_ID). */
export function cardDetails({ clinicId, details, now }: FindOrCreatePatientOptions): CardDetails {
  const parsed = parseNationalId(details.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', { reason: parsed.problem });
  return {
    clinicId,
    nationalId: parsed.value,
    birthDate: parsed.birthDate,
    name: details.name,
    phone: details.phone ?? null,
    email: details.email ?? null,
    now,
  };
}

/**
 * The clinic's patient card for the national id, found (never rewritten) or created, in the caller's transaction
 * (it stays locked until the transaction ends): @bn/db's `upsertPatientCard`, the confirmation's own fragment.
 */
export async function findOrCreatePatient(tx: EntityManager, options: FindOrCreatePatientOptions): Promise<string> {
  return findOrCreatePatientCard(tx, cardDetails(options));
}
