import { AppointmentBook, lockFreeTime, type EntityManager } from '@bn/db';
import { addDays, osloDate } from '@bn/domain';
import { refreshOffers } from './refresh-offers.js';
import { FREE_TIME_HORIZON_DAYS, refreshFreeTime } from './refresh-free-time.js';
import { dropPastFreeTime, lockDerivedData, readClinicHorizons, recordClinicHorizons } from './clinic-horizon.js';
import type { FreeTimeScope } from './derived-scope.js';

export interface ReindexClinicOptions {
  em: EntityManager;
  /** Clinics whose offers are judged again. */
  clinicIds: readonly string[];
  now: Date;
  /**
   * Free time to rebuild: true, every book of the clinics; a scope, its books (derived-scope.ts), of these clinics or
   * others; false, none.
   */
  freeTime: boolean | FreeTimeScope;
}

/**
 * Keeps the search's derived data in step with a configuration change of these clinics. Called inside the change's
 * transaction, so a search never sees a state that the committed configuration does not explain. Records how far it
 * built (`clinic_horizon`), so the nightly job knows which days are left to add.
 *
 * A scoped rebuild rewrites its books up to the day their clinic is built through, so that every book of the clinic
 * stays built to the same day; a clinic whose horizon is unknown or behind today is rebuilt whole, to the full horizon,
 * offers included. A clinic whose offers were not judged again keeps its recorded day of judgement.
 */
export async function reindexClinics({ em, clinicIds, now, freeTime }: ReindexClinicOptions): Promise<void> {
  const scope = typeof freeTime === 'object' ? freeTime.books : new Map<string, string>();
  if (clinicIds.length === 0 && scope.size === 0) return;
  const today = osloDate(now);
  const through = addDays(today, FREE_TIME_HORIZON_DAYS);
  await lockDerivedData(em, [...new Set([...clinicIds, ...scope.values()])]);
  const whole = new Set<string>(freeTime === true ? clinicIds : []);
  const horizons = scope.size ? await readClinicHorizons(em, [...new Set(scope.values())]) : null;
  const builtThrough = (clinicId: string) => horizons?.get(clinicId)?.freeTimeThrough ?? null;
  for (const clinicId of scope.values()) {
    const built = builtThrough(clinicId);
    if (built === null || built < today) whole.add(clinicId);
  }
  const wholeBooks = new Set(
    whole.size
      ? (await em.find(AppointmentBook, { clinic: { $in: [...whole] } }, { fields: ['id'] })).map((b) => b.id)
      : [],
  );
  /** Books of clinics rebuilt only in part, by the last day their clinic is built through. */
  const partial = new Map<string, string[]>();
  for (const [bookId, clinicId] of scope) {
    const through = builtThrough(clinicId);
    // A clinic never built (null) is in `whole` already (above).
    if (whole.has(clinicId) || through === null) wholeBooks.add(bookId);
    else partial.set(through, [...(partial.get(through) ?? []), bookId]);
  }
  const rebuilt = [...wholeBooks, ...[...partial.values()].flat()];
  // Before the offers: rewriting them locks search rows that a hold's delete of a free slot also touches, so a hold
  // must never hold the book's lock (shared) while waiting for those rows.
  await lockFreeTime(em, rebuilt);
  // A clinic rebuilt whole has its offers judged again too, as the horizon it records says.
  const offers = [...new Set([...clinicIds, ...whole])];
  if (offers.length) await refreshOffers({ em, clinicIds: offers, today });
  await refreshFreeTime({ em, bookIds: [...wholeBooks], from: today, to: through });
  for (const [built, bookIds] of partial) await refreshFreeTime({ em, bookIds, from: today, to: built });
  await dropPastFreeTime(em, rebuilt, now);
  if (whole.size)
    await recordClinicHorizons(em, [...whole], { offersEvaluatedOn: today, freeTimeThrough: through, now });
  const offersOnly = offers.filter((id) => !whole.has(id));
  if (offersOnly.length) await recordClinicHorizons(em, offersOnly, { offersEvaluatedOn: today, now });
}
