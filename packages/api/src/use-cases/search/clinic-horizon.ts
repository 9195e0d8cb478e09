// How far each clinic's derived search data is built (`clinic_horizon`), and the lock every writer of it takes, so a
// configuration change, the nightly job on several workers and a booking's rebuild never interleave their rewrites.
import { clinicHorizonRows, dropFreeSlotsBefore, upsertClinicHorizons, type EntityManager } from '@bn/db';
import { addDays, osloDate, osloInstant } from '@bn/domain';

export { lockDerivedData } from '@bn/db';

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
  const rows = await clinicHorizonRows(em, clinicIds);
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
  await upsertClinicHorizons(em, clinicIds, { ...state, freeTimeThrough: state.freeTimeThrough ?? null });
}

/** Removes free time of days before today (Oslo): no search or hold can use it. Returns the rows removed. */
export async function dropPastFreeTime(em: EntityManager, bookIds: readonly string[], now: Date): Promise<number> {
  return dropFreeSlotsBefore(em, bookIds, osloInstant(osloDate(now), '00:00'));
}

/** The first Oslo date whose free time still has to be built for a clinic, given its recorded state. */
export function firstUnbuiltDay(state: ClinicHorizonState | undefined, today: string): string {
  if (!state?.freeTimeThrough || state.freeTimeThrough < today) return today;
  return addDays(state.freeTimeThrough, 1);
}
