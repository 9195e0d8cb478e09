import type { EntityManager } from '@bn/db';
import { AppointmentType, WeekTemplate, WorkPlan } from '@bn/db';
import { addDays, expandWorkPlan, freeSlots, osloInstant, type Interval } from '@bn/domain';
import { listHolidays } from '../holidays/list-holidays.js';
import { executeBulk, textArray, timestampArray } from './sql-arrays.js';
import { lockFreeTime } from './free-time-lock.js';

/** How far ahead free time is kept: today and the next 70 days (Oslo). The nightly job moves it (maintenance/). */
export const FREE_TIME_HORIZON_DAYS = 70;

/** Rows per statement (whole books at a time): large enough to be quick, small enough to keep parameters modest. */
const INSERT_CHUNK = 20_000;

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
  const busy = await executeBulk<{ book_id: string; start_at: string | Date; end_at: string | Date }>(
    em,
    "select book_id, start_at, end_at from appointment where book_id = any(?::text[]) and status = 'active' and start_at < ? and end_at > ?",
    [textArray(ids), end, start],
  );
  const typeIds = [...new Set(templates.flatMap((t) => t.windows.flatMap((w) => w.typeIds)))];
  const types = typeIds.length
    ? await em.find(AppointmentType, { id: { $in: typeIds } }, { fields: ['durationMinutes'] })
    : [];
  const holidays = holidaysBetween(from, to);
  const planOf = new Map(plans.map((p) => [p.book.id, p]));
  const templatesOf = groupBy(templates, (t) => t.book.id);
  const busyOf = groupBy(busy, (a) => a.book_id);

  /** The new free time, per book: the columns of its rows. */
  const rowsOf = new Map<string, { type: string[]; start: Date[]; end: Date[] }>();
  let total = 0;
  for (const bookId of ids) {
    const cols = { type: [] as string[], start: [] as Date[], end: [] as Date[] };
    rowsOf.set(bookId, cols);
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
      start: new Date(a.start_at),
      end: new Date(a.end_at),
    }));
    const bookTypeIds = new Set(bookTemplates.flatMap((t) => t.windows.flatMap((w) => w.typeIds)));
    for (const type of types.filter((t) => bookTypeIds.has(t.id))) {
      for (const slot of freeSlots({
        windows,
        type: { id: type.id, durationMinutes: type.durationMinutes },
        busy: bookBusy,
      })) {
        cols.type.push(type.id);
        cols.start.push(slot.start);
        cols.end.push(slot.end);
      }
    }
    total += cols.type.length;
  }
  // Books a chunk at a time (each chunk's rows in one pair of statements): only the rows that differ are written —
  // the rows the range holds and the new free time lacks are deleted, the new ones inserted — so the search table's
  // triggers follow only what changed (a break moved, a day closed), not the whole horizon.
  let chunk: string[] = [];
  let chunkRows = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const col = { book: [] as string[], type: [] as string[], start: [] as Date[], end: [] as Date[] };
    for (const bookId of chunk) {
      const r = rowsOf.get(bookId)!;
      for (let i = 0; i < r.type.length; i++) col.book.push(bookId);
      col.type.push(...r.type);
      col.start.push(...r.start);
      col.end.push(...r.end);
    }
    const arrays = [textArray(col.book), textArray(col.type), timestampArray(col.start), timestampArray(col.end)];
    // In the caller's transaction, parameters sent apart from the SQL (see sql-arrays.ts).
    await executeBulk(
      em,
      `delete from free_slot f where f.book_id = any(?::text[]) and f.start_at >= ? and f.start_at < ?
         and not exists (select 1 from unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) n(book_id, type_id, start_at, end_at)
                         where n.book_id = f.book_id and n.type_id = f.type_id and n.start_at = f.start_at and n.end_at = f.end_at)`,
      [textArray(chunk), start, end, ...arrays],
    );
    if (col.book.length)
      await executeBulk(
        em,
        `insert into free_slot (book_id, type_id, start_at, end_at)
         select * from unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[]) on conflict do nothing`,
        arrays,
      );
    chunk = [];
    chunkRows = 0;
  };
  for (const bookId of ids) {
    const n = rowsOf.get(bookId)!.type.length;
    if (chunkRows + n > INSERT_CHUNK) await flush();
    chunk.push(bookId);
    chunkRows += n;
  }
  await flush();
  return total;
}
