import type { EntityManager } from '@bn/db';
import { AppointmentType, WeekTemplate, WorkPlan } from '@bn/db';
import { addDays, AppError, expandWorkPlan, freeSlots, osloDate } from '@bn/domain';
import { listHolidays } from '../holidays/list-holidays.js';
import { FREE_TIME_HORIZON_DAYS } from '../search/refresh-free-time.js';

/**
 * OUTSIDE_HORIZON when a start lies past the last day the network opens for booking — said before the offer's
 * validity, whose end for an open agreement is that same horizon (not an end of the agreement).
 */
export function beyondHorizon(startAt: Date, now: Date): AppError | null {
  const horizonEnd = addDays(osloDate(now), FREE_TIME_HORIZON_DAYS);
  return osloDate(startAt) > horizonEnd
    ? new AppError('OUTSIDE_HORIZON', { reason: 'horizon', lastDate: horizonEnd })
    : null;
}

/**
 * Why a start the offer allows has no free-time row although no appointment covers it — the rare path of a hold,
 * never taken by a search hit: beyond the days the network has opened (OUTSIDE_HORIZON), or not one of the engine's
 * starts for the book × type on that day (NOT_ON_GRID: off the grid, a closed day, outside the windows). 'missing'
 * when the engine does place a free slot there: the day's free time is not built yet (the nightly job catching up),
 * and the caller builds it.
 */
export async function whyNoFreeSlot(
  em: EntityManager,
  q: { bookId: string; typeId: string; startAt: Date; now: Date },
): Promise<AppError | 'missing'> {
  const beyond = beyondHorizon(q.startAt, q.now);
  if (beyond) return beyond;
  const date = osloDate(q.startAt);
  const [plan, templates, type] = [
    await em.findOne(WorkPlan, { book: q.bookId }),
    await em.find(WeekTemplate, { book: q.bookId }),
    await em.findOne(AppointmentType, { id: q.typeId }),
  ];
  if (!plan || !type) return new AppError('NOT_ON_GRID', { reason: 'no_slot' });
  const windows = expandWorkPlan({
    plan: { weeks: plan.weeks, closedDays: plan.closedDays, openedHolidays: plan.openedHolidays },
    templates: templates.map((t) => ({ id: t.id, windows: t.windows, breaks: t.breaks })),
    holidays: listHolidays({ year: Number(date.slice(0, 4)) }).map((h) => h.date),
    from: date,
    to: date,
  });
  const onGrid = freeSlots({ windows, type: { id: type.id, durationMinutes: type.durationMinutes }, busy: [] }).some(
    (s) => s.start.getTime() === q.startAt.getTime(),
  );
  return onGrid ? 'missing' : new AppError('NOT_ON_GRID', { reason: 'no_slot' });
}
