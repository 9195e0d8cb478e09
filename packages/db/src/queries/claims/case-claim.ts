// The insurer's case id (SakID) at booking: whose it is (K5: one patient per case id) and the claim it links to.
import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface CaseOwner {
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
export function claimCaseOwner(
  { insurerId, caseId, nationalId, now }: CaseOwner,
  source: RawBuilder<unknown> = sql``,
): RawBuilder<{ national_id: string }> {
  return sql`insert into insurer_case (insurer_id, case_id, national_id, created_at)
     select ${insurerId}::text, ${caseId}::text, ${nationalId}::text, ${now}::timestamptz from (select 1 ${source}) src where ${caseId}::text is not null
     on conflict (insurer_id, case_id) do update set national_id = excluded.national_id where insurer_case.national_id = excluded.national_id
     returning national_id`;
}

/** The same as a statement of its own in the caller's transaction: false when the case id is another patient's. */
export async function claimCaseOwnerNow(tx: EntityManager, owner: CaseOwner): Promise<boolean> {
  const { rows } = await claimCaseOwner(owner).execute(sqlOf(tx));
  return rows.length > 0;
}

export interface LinkClaim {
  /** The name of a CTE with the patient card's `id`, one row. */
  patient: string;
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
export function linkCaseClaim(
  { patient, insurerId, caseId, now }: LinkClaim,
  id: string = randomUUID(),
): RawBuilder<{ id: string; created: boolean }> {
  return sql`insert into claim (id, created_at, patient_id, insurer_id, case_id, created_automatically)
     select ${id}::text, ${now}::timestamptz, p.id, ${insurerId}::text, ${caseId}::text, true from ${sql.table(patient)} p where ${caseId}::text is not null
     on conflict (patient_id, insurer_id, case_id) where case_id is not null do update set case_id = excluded.case_id
     returning id, id = ${id}::text as created`;
}
