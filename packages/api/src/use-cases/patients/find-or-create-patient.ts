import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { AppError, parseNationalId, type PatientDetails } from '@bn/domain';
import { sql, type Sql } from '../booking/sql-values.js';

export interface FindOrCreatePatientOptions {
  clinicId: string;
  details: PatientDetails;
  now: Date;
}

/**
 * The clinic's patient card for a national identity number, as an upsert from `source` (a query naming the rows to
 * write, e.g. `from h` for "only when the hold was found"): created on the first booking, otherwise found; the name
 * and the contact details given with the booking replace the old ones (a missing phone or e-mail keeps the old one).
 * Returns the card's `id`, `email`, `phone`. Validates the number (INVALID_NATIONAL_ID).
 */
export function upsertPatientSql({ clinicId, details, now }: FindOrCreatePatientOptions, source: Sql, id: string = randomUUID()): Sql {
  const parsed = parseNationalId(details.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', parsed.message);
  return sql`insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date)
     select ${id}::text, ${now}::timestamptz, ${clinicId}::text, ${parsed.value}::text, ${details.name}::text, ${details.phone ?? null}::text,
            ${details.email ?? null}::text, ${parsed.birthDate}::date ${source}
     on conflict (clinic_id, national_id) do update set name = excluded.name,
       phone = coalesce(excluded.phone, patient.phone), email = coalesce(excluded.email, patient.email)
     returning id, email, phone`;
}

/** The card as a statement of its own, in the caller's transaction (it stays locked until the transaction ends). */
export async function findOrCreatePatient(tx: EntityManager, options: FindOrCreatePatientOptions): Promise<string> {
  const upsert = upsertPatientSql(options, sql``);
  const [row] = await tx.execute<{ id: string }[]>(upsert.text, upsert.values);
  return row!.id;
}
