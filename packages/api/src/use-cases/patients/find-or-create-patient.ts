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
 * write, e.g. `from h` for "only when the hold was found"): created from the booking's details on the first booking,
 * otherwise found and left as it is — the card is the clinic's, and a booker (maybe another insurer's agent, maybe
 * mistaken) never rewrites its name or contact details; the booking keeps them itself. The no-op `do update` (rather
 * than `do nothing`) returns a card committed after the statement's snapshot, and locks it for the transaction.
 * Returns the card's `id`, `email`, `phone`. Validates the number (INVALID_NATIONAL_ID).
 */
export function upsertPatientSql(
  { clinicId, details, now }: FindOrCreatePatientOptions,
  source: Sql,
  id: string = randomUUID(),
): Sql {
  const parsed = parseNationalId(details.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', { reason: parsed.problem });
  return sql`insert into patient (id, created_at, clinic_id, national_id, name, phone, email, birth_date)
     select ${id}::text, ${now}::timestamptz, ${clinicId}::text, ${parsed.value}::text, ${details.name}::text, ${details.phone ?? null}::text,
            ${details.email ?? null}::text, ${parsed.birthDate}::date ${source}
     on conflict (clinic_id, national_id) do update set name = patient.name
     returning id, email, phone`;
}

/** The card as a statement of its own, in the caller's transaction (it stays locked until the transaction ends). */
export async function findOrCreatePatient(tx: EntityManager, options: FindOrCreatePatientOptions): Promise<string> {
  const upsert = upsertPatientSql(options, sql``);
  const [row] = await tx.execute<{ id: string }[]>(upsert.text, upsert.values);
  return row!.id;
}
