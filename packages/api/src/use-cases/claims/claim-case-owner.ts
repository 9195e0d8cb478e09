import type { EntityManager } from '@bn/db';
import { AppError } from '@bn/domain';
import { sql, type Sql } from '../booking/sql-values.js';

export interface CaseOwnerOptions {
  insurerId: string;
  /** Upper-case SakID; null: nothing to check (K6). */
  caseId: string | null;
  /** The patient the booking is for. */
  nationalId: string;
  now: Date;
}

/**
 * A case id belongs to one insurer and one patient, as a data-modifying statement for the booking's CTE: the first
 * booking with it records the patient (the national id: each clinic has its own card); a later one for the same
 * patient finds the row and returns it; one for another patient returns no row, and the caller writes nothing else.
 * The primary key (insurer, case id) decides between two confirmations at once: the second waits for the first to
 * commit and is then judged by its row. `do update … where` leaves the row as it is and locks it, so every booking
 * with one case id is decided after the one before it. `source` names the rows to write (`from h`: "only when the
 * hold was found"); without a case id it writes nothing.
 */
export function claimCaseOwnerSql({ insurerId, caseId, nationalId, now }: CaseOwnerOptions, source: Sql): Sql {
  return sql`insert into insurer_case (insurer_id, case_id, national_id, created_at)
     select ${insurerId}::text, ${caseId}::text, ${nationalId}::text, ${now}::timestamptz from (select 1 ${source}) src where ${caseId}::text is not null
     on conflict (insurer_id, case_id) do update set national_id = excluded.national_id where insurer_case.national_id = excluded.national_id
     returning national_id`;
}

/** The refusal, with the field it belongs to, so any client can show it beside the case id. */
export function caseIdOtherPatient(): AppError {
  return new AppError('CASE_ID_OTHER_PATIENT', undefined, [{ path: ['caseId'], code: 'case_id.other_patient' }]);
}

/**
 * The same check as a statement of its own, in the caller's transaction (the row stays locked until it ends):
 * CASE_ID_OTHER_PATIENT when the case id is another patient's.
 */
export async function assertCaseOwner(tx: EntityManager, options: CaseOwnerOptions): Promise<void> {
  if (!options.caseId) return;
  const claim = claimCaseOwnerSql(options, sql``);
  const rows = await tx.execute<unknown[]>(claim.text, claim.values);
  if (rows.length === 0) throw caseIdOtherPatient();
}
