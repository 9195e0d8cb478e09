// How far each clinic's derived search data (offers judged, free time built) reaches, and the locks its writers take.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/** Above this many clinics one network-wide lock is cheaper than a lock per clinic (and stays within PostgreSQL's lock table). */
const PER_CLINIC_LOCKS = 50;

/**
 * Serialises writers of the same clinics' offers and free time until the transaction ends: a shared network-wide lock
 * plus one per clinic, or (many clinics, e.g. an import or an insurer change) the network-wide lock alone, exclusively.
 */
export async function lockDerivedData(tx: EntityManager, clinicIds: readonly string[]): Promise<void> {
  const db = sqlOf(tx);
  if (clinicIds.length > PER_CLINIC_LOCKS) {
    await sql`select pg_advisory_xact_lock(hashtext('derived:network'))`.execute(db);
    return;
  }
  await sql`select pg_advisory_xact_lock_shared(hashtext('derived:network'))`.execute(db);
  await sql`select pg_advisory_xact_lock(hashtext('derived:' || id)) from unnest(${[...new Set(clinicIds)]}::text[]) id order by id`.execute(
    db,
  );
}

export interface ClinicHorizonRow {
  clinic_id: string;
  offers_evaluated_on: string;
  free_time_through: string | null;
}

export async function clinicHorizonRows(em: EntityManager, clinicIds: readonly string[]): Promise<ClinicHorizonRow[]> {
  if (clinicIds.length === 0) return [];
  return sqlOf(em)
    .selectFrom('clinic_horizon')
    .select(['clinic_id', 'offers_evaluated_on', 'free_time_through'])
    .where('clinic_id', '=', sql<string>`any(${[...clinicIds]}::text[])`)
    .execute();
}

/** Records what was just built, in the same transaction; `freeTimeThrough` null: free time was not rebuilt. */
export async function upsertClinicHorizons(
  tx: EntityManager,
  clinicIds: readonly string[],
  state: { offersEvaluatedOn: string; freeTimeThrough: string | null; now: Date },
): Promise<void> {
  await sql`insert into clinic_horizon (clinic_id, offers_evaluated_on, free_time_through, updated_at)
    select c.id, ${state.offersEvaluatedOn}::date, ${state.freeTimeThrough}::date, ${state.now}::timestamptz from clinic c
    where c.id = any(${[...clinicIds]}::text[])
    on conflict (clinic_id) do update set offers_evaluated_on = excluded.offers_evaluated_on, updated_at = excluded.updated_at,
      free_time_through = coalesce(excluded.free_time_through, clinic_horizon.free_time_through)`.execute(sqlOf(tx));
}
