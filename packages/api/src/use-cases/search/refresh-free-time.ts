import { busyIntervals, lockFreeTime, replaceFreeSlots, type EntityManager, type FreeSlotRow } from '@bn/db';
import { AppointmentType, WeekTemplate, WorkPlan } from '@bn/db';
import { addDays, expandWorkPlan, freeSlots, osloInstant, type Interval } from '@bn/domain';
import { listHolidays } from '../holidays/list-holidays.js';

/** How far ahead free time is kept: today and the next 70 days (Oslo). The nightly job moves it (maintenance/). */
export const FREE_TIME_HORIZON_DAYS = 70;

export interface RefreshFreeTimeOptions {
  em: EntityManager;
  bookIds: readonly string[];
  /** First and last Oslo date to rebuild, inclusive. */
  from: string;
  to: string;
}

function holidaysBetween(from: string, to: string): string[] {
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  return [...years].flatMap((year) => listHolidays({ year }).map((h) => h.date));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Rebuilds the free-time rows of some books for a date range: work plan and templates → windows → slots per type,
 * minus every active appointment, hold and block of the book. Run in the transaction that changed their cause, which
 * holds the books' free-time locks (taken here first if it does not yet, free-time-lock.ts) from before the
 * appointments are read until it commits. Returns the number of free slots the range holds now.
 */
export async function refreshFreeTime({ em, bookIds, from, to }: RefreshFreeTimeOptions): Promise<number> {
  if (bookIds.length === 0) return 0;
  const start = osloInstant(from, '00:00');
  const end = osloInstant(addDays(to, 1), '00:00');
  const ids = [...new Set(bookIds)];
  await lockFreeTime(em, ids);
  // One after another: inside a transaction every query shares one connection.
  const plans = await em.find(WorkPlan, { book: { $in: ids } });
  const templates = await em.find(WeekTemplate, { book: { $in: ids } });
  // Plain rows, not entities: a busy book has thousands of appointments, and hydrating them costs more than the rest.
  const busy = await busyIntervals(em, { bookIds: ids, from: start, until: end });
  const typeIds = [...new Set(templates.flatMap((t) => t.windows.flatMap((w) => w.typeIds)))];
  const types = typeIds.length
    ? await em.find(AppointmentType, { id: { $in: typeIds } }, { fields: ['durationMinutes'] })
    : [];
  const holidays = holidaysBetween(from, to);
  const planOf = new Map(plans.map((p) => [p.book.id, p]));
  const templatesOf = groupBy(templates, (t) => t.book.id);
  const busyOf = groupBy(busy, (a) => a.book_id);

  const slots: FreeSlotRow[] = [];
  for (const bookId of ids) {
    const plan = planOf.get(bookId);
    if (!plan) continue;
    const bookTemplates = templatesOf.get(bookId) ?? [];
    const windows = expandWorkPlan({
      plan: { weeks: plan.weeks, closedDays: plan.closedDays, openedHolidays: plan.openedHolidays },
      templates: bookTemplates.map((t) => ({ id: t.id, windows: t.windows, breaks: t.breaks })),
      holidays,
      from,
      to,
    });
    const bookBusy: Interval[] = (busyOf.get(bookId) ?? []).map((a) => ({
      start: a.start_at,
      end: a.end_at,
    }));
    const bookTypeIds = new Set(bookTemplates.flatMap((t) => t.windows.flatMap((w) => w.typeIds)));
    for (const type of types.filter((t) => bookTypeIds.has(t.id))) {
      for (const slot of freeSlots({
        windows,
        type: { id: type.id, durationMinutes: type.durationMinutes },
        busy: bookBusy,
      })) {
        slots.push({ bookId, typeId: type.id, start: slot.start, end: slot.end });
      }
    }
  }
  // The search table follows by its triggers (@bn/db's free-slots.ts).
  await replaceFreeSlots(em, { bookIds: ids, from: start, until: end, rows: slots });
  return slots.length;
}
