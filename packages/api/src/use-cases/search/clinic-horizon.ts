// How far each clinic's derived search data is built (`clinic_horizon`), and the lock every writer of it takes, so a
// configuration change, the nightly job on several workers and a booking's rebuild never interleave their rewrites.
import type { EntityManager } from '@bn/db';
import { addDays, osloDate, osloInstant } from '@bn/domain';
import { executeBulk, textArray } from './sql-arrays.js';
import { lockFreeTime } from './free-time-lock.js';

/** Above this many clinics one network-wide lock is cheaper than a lock per clinic (and stays within PostgreSQL's lock table). */
const PER_CLINIC_LOCKS = 50;

/**
 * Serialises writers of the same clinics' offers and free time until the transaction ends: a shared network-wide lock
 * plus one per clinic, or (many clinics, e.g. an import or an insurer change) the network-wide lock alone, exclusively.
 */
export async function lockDerivedData(tx: EntityManager, clinicIds: readonly string[]): Promise<void> {
  if (clinicIds.length > PER_CLINIC_LOCKS) {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('derived:network'))`);
    return;
  }
  await tx.execute(`select pg_advisory_xact_lock_shared(hashtext('derived:network'))`);
  // Volatile calls in the select list run after the sort, so every writer takes the clinic locks in the same order.
  await executeBulk(
    tx,
    `select pg_advisory_xact_lock(hashtext('derived:' || id)) from unnest(?::text[]) id order by id`,
    [textArray([...new Set(clinicIds)])],
  );
}

export interface ClinicHorizonState {
  clinicId: string;
  /** The Oslo date the offers were last judged for. */
  offersEvaluatedOn: string;
  /** The last Oslo date free time is built for; null: unknown, build it all. */
  freeTimeThrough: string | null;
}

export async function readClinicHorizons(
  em: EntityManager,
  clinicIds: readonly string[],
): Promise<Map<string, ClinicHorizonState>> {
  // Dates as text: the driver would turn a `date` into a Date at local midnight.
  const rows = await executeBulk<{ clinic_id: string; offers_evaluated_on: string; free_time_through: string | null }>(
    em,
    'select clinic_id, offers_evaluated_on::text, free_time_through::text from clinic_horizon where clinic_id = any(?::text[])',
    [textArray(clinicIds)],
  );
  return new Map(
    rows.map((r) => [
      r.clinic_id,
      { clinicId: r.clinic_id, offersEvaluatedOn: r.offers_evaluated_on, freeTimeThrough: r.free_time_through },
    ]),
  );
}

/** Records what was just built, in the same transaction; `freeTimeThrough` undefined: free time was not rebuilt. */
export async function recordClinicHorizons(
  em: EntityManager,
  clinicIds: readonly string[],
  state: { offersEvaluatedOn: string; freeTimeThrough?: string; now: Date },
): Promise<void> {
  const through = state.freeTimeThrough ?? null;
  await executeBulk(
    em,
    `insert into clinic_horizon (clinic_id, offers_evaluated_on, free_time_through, updated_at)
     select c.id, ?::date, ?::date, ?::timestamptz from clinic c where c.id = any(?::text[])
     on conflict (clinic_id) do update set offers_evaluated_on = excluded.offers_evaluated_on, updated_at = excluded.updated_at,
       free_time_through = coalesce(excluded.free_time_through, clinic_horizon.free_time_through)`,
    [state.offersEvaluatedOn, through, state.now, textArray(clinicIds)],
  );
}

/** Removes free time of days before today (Oslo): no search or hold can use it. Returns the rows removed. */
export async function dropPastFreeTime(em: EntityManager, bookIds: readonly string[], now: Date): Promise<number> {
  if (bookIds.length === 0) return 0;
  await lockFreeTime(em, bookIds);
  const rows = await executeBulk(
    em,
    'delete from free_slot where book_id = any(?::text[]) and start_at < ? returning 1',
    [textArray(bookIds), osloInstant(osloDate(now), '00:00')],
  );
  return rows.length;
}

/** The first Oslo date whose free time still has to be built for a clinic, given its recorded state. */
export function firstUnbuiltDay(state: ClinicHorizonState | undefined, today: string): string {
  if (!state?.freeTimeThrough || state.freeTimeThrough < today) return today;
  return addDays(state.freeTimeThrough, 1);
}
