import { randomUUID } from 'node:crypto';
import { sql, type Sql } from '../booking/sql-values.js';

export interface LinkCaseClaimOptions {
  /** The name of a CTE (or table) with the patient card's `id`, one row. */
  patient: Sql;
  insurerId: string;
  /** Upper-case SakID; null: no claim (K6). */
  caseId: string | null;
  now: Date;
}

/**
 * K5 as a data-modifying statement for the booking's CTE: the patient card's claim with this case id for the insurer,
 * created automatically when the card has none. Returns `id` and `created`. The partial unique index (patient,
 * insurer, case id) makes two concurrent bookings end with one claim: the second waits for the first and then takes
 * (and returns) its row — `do update` rather than `do nothing`, which would return nothing for a row committed after
 * the statement's snapshot.
 */
export function linkCaseClaimSql(
  { patient, insurerId, caseId, now }: LinkCaseClaimOptions,
  id: string = randomUUID(),
): Sql {
  return sql`insert into claim (id, created_at, patient_id, insurer_id, case_id, created_automatically)
     select ${id}::text, ${now}::timestamptz, p.id, ${insurerId}::text, ${caseId}::text, true from ${patient} p where ${caseId}::text is not null
     on conflict (patient_id, insurer_id, case_id) where case_id is not null do update set case_id = excluded.case_id
     returning id, id = ${id}::text as created`;
}
