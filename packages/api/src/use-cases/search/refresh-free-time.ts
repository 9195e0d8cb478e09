import type { EntityManager } from '@bn/db';
import { Appointment, AppointmentType, WeekTemplate, WorkPlan } from '@bn/db';
import { addDays, expandWorkPlan, freeSlots, osloInstant, type Interval } from '@bn/domain';
import { listHolidays } from '../holidays/list-holidays.js';

/** How far ahead free time is kept; a daily job moves the horizon. */
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

/**
 * Rebuilds the free-time rows of some books for a date range: work plan and templates → windows → slots per type,
 * minus every active appointment, hold and block of the book. Run in the transaction that changed their cause.
 */
export async function refreshFreeTime({ em, bookIds, from, to }: RefreshFreeTimeOptions): Promise<number> {
  if (bookIds.length === 0) return 0;
  const start = osloInstant(from, '00:00');
  const end = osloInstant(addDays(to, 1), '00:00');
  const ids = [...bookIds];
  const [plans, templates, busy] = await Promise.all([
    em.find(WorkPlan, { book: { $in: ids } }),
    em.find(WeekTemplate, { book: { $in: ids } }),
    em.find(Appointment, { book: { $in: ids }, status: 'active', startAt: { $lt: end }, endAt: { $gt: start } }, { fields: ['book', 'startAt', 'endAt'] }),
  ]);
  const typeIds = [...new Set(templates.flatMap((t) => t.windows.flatMap((w) => w.typeIds)))];
  const types = await em.find(AppointmentType, { id: { $in: typeIds } }, { fields: ['durationMinutes'] });
  const holidays = holidaysBetween(from, to);

  const bookCol: string[] = [];
  const typeCol: string[] = [];
  const startCol: Date[] = [];
  const endCol: Date[] = [];
  for (const bookId of ids) {
    const plan = plans.find((p) => p.book.id === bookId);
    if (!plan) continue;
    const bookTemplates = templates.filter((t) => t.book.id === bookId);
    const windows = expandWorkPlan({
      plan: { weeks: plan.weeks, closedDays: plan.closedDays, openedHolidays: plan.openedHolidays },
      templates: bookTemplates.map((t) => ({ id: t.id, windows: t.windows, breaks: t.breaks })),
      holidays,
      from,
      to,
    });
    const bookBusy: Interval[] = busy.filter((a) => a.book.id === bookId).map((a) => ({ start: a.startAt, end: a.endAt }));
    const bookTypeIds = new Set(bookTemplates.flatMap((t) => t.windows.flatMap((w) => w.typeIds)));
    for (const type of types.filter((t) => bookTypeIds.has(t.id))) {
      for (const slot of freeSlots({ windows, type: { id: type.id, durationMinutes: type.durationMinutes }, busy: bookBusy })) {
        bookCol.push(bookId);
        typeCol.push(type.id);
        startCol.push(slot.start);
        endCol.push(slot.end);
      }
    }
  }
  const conn = em.getConnection();
  await conn.execute(
    `delete from free_slot where book_id in (${ids.map(() => '?').join(',')}) and start_at >= ? and start_at < ?`,
    [...ids, start, end],
  );
  for (let i = 0; i < bookCol.length; i += 20_000) {
    await conn.execute(
      'insert into free_slot (book_id, type_id, start_at, end_at) select * from unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])',
      [bookCol.slice(i, i + 20_000), typeCol.slice(i, i + 20_000), startCol.slice(i, i + 20_000), endCol.slice(i, i + 20_000)],
    );
  }
  return bookCol.length;
}
