import type { EntityManager } from '@bn/db';
import { AppointmentBook } from '@bn/db';
import { addDays, osloDate } from '@bn/domain';
import { refreshOffers } from './refresh-offers.js';
import { FREE_TIME_HORIZON_DAYS, refreshFreeTime } from './refresh-free-time.js';

export interface ReindexClinicOptions {
  em: EntityManager;
  clinicIds: readonly string[];
  now: Date;
  /** Rebuild free time too (schedule, type or book changes); offers are always rebuilt. */
  freeTime: boolean;
}

/**
 * Keeps the search's derived data in step with a configuration change of these clinics. Called inside the change's
 * transaction, so a search never sees a state that the committed configuration does not explain.
 */
export async function reindexClinics({ em, clinicIds, now, freeTime }: ReindexClinicOptions): Promise<void> {
  const today = osloDate(now);
  await refreshOffers({ em, clinicIds, today });
  if (freeTime) {
    const books = await em.find(AppointmentBook, { clinic: { $in: [...clinicIds] } }, { fields: ['id'] });
    await refreshFreeTime({ em, bookIds: books.map((b) => b.id), from: today, to: addDays(today, FREE_TIME_HORIZON_DAYS) });
  }
}
