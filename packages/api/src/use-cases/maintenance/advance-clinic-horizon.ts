import { AppointmentBook, lockFreeTime, type EntityManager } from '@bn/db';
import { addDays, osloDate } from '@bn/domain';
import { refreshOffers } from '../search/refresh-offers.js';
import { FREE_TIME_HORIZON_DAYS, refreshFreeTime } from '../search/refresh-free-time.js';
import {
  dropPastFreeTime,
  firstUnbuiltDay,
  lockDerivedData,
  readClinicHorizons,
  recordClinicHorizons,
} from '../search/clinic-horizon.js';

export interface AdvanceClinicHorizonOptions {
  em: EntityManager;
  clinicId: string;
  now: Date;
}

export interface AdvanceClinicHorizonResult {
  /** Offer rows the day's judgement inserted, changed or removed. */
  offersChanged: number;
  /** Oslo days of free time newly built. */
  daysBuilt: number;
  slotsAdded: number;
  /** Free slots of days before today, removed. */
  slotsDropped: number;
}

/**
 * Brings one clinic's derived search data to today (the nightly job's unit of work, also start-up catch-up): the
 * offers judged again for today and the horizon after it (readiness is date-dependent: validity, S1's weeks, see
 * readinessWindows), the free time of every day newly inside the horizon built, the days now past dropped. Whatever
 * was built before — yesterday, or ten days ago before the server stopped — it ends with exactly what a configuration
 * change made today would have built, and a second call the same day does nothing. One transaction: all or nothing.
 */
export async function advanceClinicHorizon({
  em,
  clinicId,
  now,
}: AdvanceClinicHorizonOptions): Promise<AdvanceClinicHorizonResult> {
  const today = osloDate(now);
  const through = addDays(today, FREE_TIME_HORIZON_DAYS);
  return em.transactional(async (tx) => {
    await lockDerivedData(tx, [clinicId]);
    const state = (await readClinicHorizons(tx, [clinicId])).get(clinicId);
    const bookIds = (await tx.find(AppointmentBook, { clinic: clinicId }, { fields: ['id'] })).map((b) => b.id);
    // Bookings and rebuilds of these books wait (free-time-lock.ts); taken before the offers, as reindexClinics does.
    await lockFreeTime(tx, bookIds);
    const result: AdvanceClinicHorizonResult = { offersChanged: 0, daysBuilt: 0, slotsAdded: 0, slotsDropped: 0 };
    if (!state || state.offersEvaluatedOn < today)
      result.offersChanged = (await refreshOffers({ em: tx, clinicIds: [clinicId], today })).changed;
    const from = firstUnbuiltDay(state, today);
    if (from <= through) {
      result.slotsAdded = await refreshFreeTime({ em: tx, bookIds, from, to: through });
      result.daysBuilt = Math.round((Date.parse(through) - Date.parse(from)) / 86_400_000) + 1;
    }
    result.slotsDropped = await dropPastFreeTime(tx, bookIds, now);
    await recordClinicHorizons(tx, [clinicId], { offersEvaluatedOn: today, freeTimeThrough: through, now });
    return result;
  });
}
