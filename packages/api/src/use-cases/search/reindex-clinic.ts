import { AppointmentBook, lockFreeTime, type EntityManager } from '@bn/db';
import { addDays, osloDate } from '@bn/domain';
import { refreshOffers } from './refresh-offers.js';
import { FREE_TIME_HORIZON_DAYS, refreshFreeTime } from './refresh-free-time.js';
import { dropPastFreeTime, lockDerivedData, recordClinicHorizons } from './clinic-horizon.js';

export interface ReindexClinicOptions {
  em: EntityManager;
  clinicIds: readonly string[];
  now: Date;
  /** Rebuild free time too (schedule, type or book changes); offers are always rebuilt. */
  freeTime: boolean;
}

/**
 * Keeps the search's derived data in step with a configuration change of these clinics. Called inside the change's
 * transaction, so a search never sees a state that the committed configuration does not explain. Records how far it
 * built (`clinic_horizon`), so the nightly job knows which days are left to add.
 */
export async function reindexClinics({ em, clinicIds, now, freeTime }: ReindexClinicOptions): Promise<void> {
  if (clinicIds.length === 0) return;
  const today = osloDate(now);
  await lockDerivedData(em, clinicIds);
  if (!freeTime) {
    await refreshOffers({ em, clinicIds, today });
    await recordClinicHorizons(em, clinicIds, { offersEvaluatedOn: today, now });
    return;
  }
  const through = addDays(today, FREE_TIME_HORIZON_DAYS);
  const bookIds = (await em.find(AppointmentBook, { clinic: { $in: [...clinicIds] } }, { fields: ['id'] })).map(
    (b) => b.id,
  );
  // Before the offers: rewriting them locks search rows that a hold's delete of a free slot also touches, so a hold
  // must never hold the book's lock (shared) while waiting for those rows.
  await lockFreeTime(em, bookIds);
  await refreshOffers({ em, clinicIds, today });
  await refreshFreeTime({ em, bookIds, from: today, to: through });
  await dropPastFreeTime(em, bookIds, now);
  await recordClinicHorizons(em, clinicIds, { offersEvaluatedOn: today, freeTimeThrough: through, now });
}
