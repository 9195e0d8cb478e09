import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { AppError, parseNationalId, type PatientDetails } from '@bn/domain';

export interface FindOrCreatePatientOptions {
  clinicId: string;
  details: PatientDetails;
  now: Date;
}

/**
 * The clinic's patient card for a national identity number: created on the first booking, otherwise found; the name
 * and the contact details given with the booking replace the old ones (a missing phone or e-mail keeps the old one).
 */
export async function findOrCreatePatient(tx: EntityManager, { clinicId, details, now }: FindOrCreatePatientOptions): Promise<string> {
  const parsed = parseNationalId(details.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', parsed.message);
  const [row] = await tx.execute<{ id: string }[]>(
    `insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (clinic_id, national_id) do update set name = excluded.name,
       phone = coalesce(excluded.phone, patient.phone), email = coalesce(excluded.email, patient.email)
     returning id`,
    [randomUUID(), now, clinicId, parsed.value, details.name, details.phone, details.email, parsed.birthDate],
  );
  return row!.id;
}
