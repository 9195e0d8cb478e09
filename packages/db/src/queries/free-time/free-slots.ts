// The writers of `free_slot`, the bookable time of each book × type. The search table `search_slot` is kept in step
// by statement triggers on `free_slot` (and on `offer`): Migration20261126020826_search_slot creates them and
// Migration20261202010908_jobs_and_validity gives them the offers' validity. Every insert and delete below therefore
// also inserts or deletes the matching search rows, in the same statement — no writer here touches `search_slot`, and
// none may bypass these statements (a COPY or a `session_replication_role = replica` would leave the search stale).
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { lockFreeTime } from './free-time-lock.js';

/** Rows per statement (whole books at a time): large enough to be quick, small enough to keep parameters modest. */
const INSERT_CHUNK = 20_000;

export interface FreeSlotRow {
  bookId: string;
  typeId: string;
  start: Date;
  end: Date;
}

/** The books' active appointments, holds and blocks overlapping [from, until): what free time is built around. */
export async function busyIntervals(
  tx: EntityManager,
  q: { bookIds: readonly string[]; from: Date; until: Date },
): Promise<{ book_id: string; start_at: Date; end_at: Date }[]> {
  if (q.bookIds.length === 0) return [];
  const { rows } = await sql<{ book_id: string; start_at: Date; end_at: Date }>`
    select book_id, start_at, end_at from appointment
    where book_id = any(${[...q.bookIds]}::text[]) and status = 'active' and start_at < ${q.until}::timestamptz and end_at > ${q.from}::timestamptz`.execute(
    sqlOf(tx),
  );
  return rows;
}

/**
 * Replaces the books' free time starting in [from, until) with `rows` (search_slot follows, by its triggers). The
 * caller holds the books' free-time locks (refreshFreeTime takes them before reading the appointments). Whole books a
 * chunk at a time, each chunk in one pair of statements: only the rows that differ are written — the rows the range
 * holds and `rows` lack are deleted, the new ones inserted — so the triggers follow only what changed (a break moved,
 * a day closed), not the whole horizon.
 */
export async function replaceFreeSlots(
  tx: EntityManager,
  q: { bookIds: readonly string[]; from: Date; until: Date; rows: readonly FreeSlotRow[] },
): Promise<void> {
  const db = sqlOf(tx);
  const rowsOf = new Map<string, FreeSlotRow[]>(q.bookIds.map((id) => [id, []]));
  for (const r of q.rows) rowsOf.get(r.bookId)?.push(r);
  const write = async (books: string[], rows: FreeSlotRow[]) => {
    if (books.length === 0) return;
    // Four array parameters, sent apart from the text: ISO strings serialise faster than Dates.
    const unnest = sql`unnest(${rows.map((r) => r.bookId)}::text[], ${rows.map((r) => r.typeId)}::text[],
                           ${rows.map((r) => r.start.toISOString())}::timestamptz[], ${rows.map((r) => r.end.toISOString())}::timestamptz[])`;
    await sql`delete from free_slot where book_id = any(${books}::text[]) and start_at >= ${q.from}::timestamptz and start_at < ${q.until}::timestamptz
      and not exists (select 1 from ${unnest} n(book_id, type_id, start_at, end_at)
                      where n.book_id = free_slot.book_id and n.type_id = free_slot.type_id
                        and n.start_at = free_slot.start_at and n.end_at = free_slot.end_at)`.execute(db);
    if (rows.length)
      await sql`insert into free_slot (book_id, type_id, start_at, end_at) select * from ${unnest} on conflict do nothing`.execute(
        db,
      );
  };
  let books: string[] = [];
  let rows: FreeSlotRow[] = [];
  for (const [bookId, bookRows] of rowsOf) {
    if (rows.length > 0 && rows.length + bookRows.length > INSERT_CHUNK) {
      await write(books, rows);
      books = [];
      rows = [];
    }
    books.push(bookId);
    rows.push(...bookRows);
  }
  await write(books, rows);
}

/** Removes the books' free time starting before `before` (a past day: no search or hold can use it). */
export async function dropFreeSlotsBefore(
  tx: EntityManager,
  bookIds: readonly string[],
  before: Date,
): Promise<number> {
  if (bookIds.length === 0) return 0;
  await lockFreeTime(tx, bookIds);
  const { rows } =
    await sql`delete from free_slot where book_id = any(${[...bookIds]}::text[]) and start_at < ${before}::timestamptz returning 1`.execute(
      sqlOf(tx),
    );
  return rows.length;
}

export interface SlotToTake {
  bookId: string;
  typeId: string;
  startAt: Date;
  /** The row's end as the caller read it (a hold: the precheck); null: whatever it is. */
  endAt: Date | null;
}

/**
 * Taking a slot, as the CTEs `taken` (returning `end_at`) and `cleared`, for the hold's statement and a move's alike:
 * the slot's row deleted — of concurrent takers exactly one deletes it, the rest find nothing after waiting only for
 * the winner's commit — when `guard` holds (a condition of the caller's CTEs, e.g. the offer still there); then every
 * other free slot of the book that the interval overlaps removed (free slots last at most a day's window, so only the
 * day before the start is looked at), skipping rows another transaction is deleting right now: waiting for them could
 * deadlock two takers on overlapping slots of different types, and the exclusion constraint decides between those.
 */
export function takeSlotCtes(s: SlotToTake, guard: RawBuilder<unknown> = sql`true`): RawBuilder<unknown> {
  const end = s.endAt ? sql`and end_at = ${s.endAt}::timestamptz` : sql``;
  return sql`taken as (
    delete from free_slot
    where book_id = ${s.bookId}::text and type_id = ${s.typeId}::text and start_at = ${s.startAt}::timestamptz ${end}
      and ${guard}
    returning end_at
  ), cleared as (
    delete from free_slot where ctid in (
      select f.ctid from free_slot f, taken t
      where f.book_id = ${s.bookId}::text and f.start_at < t.end_at and f.start_at > ${s.startAt}::timestamptz - interval '1 day'
        and f.end_at > ${s.startAt}::timestamptz and not (f.type_id = ${s.typeId}::text and f.start_at = ${s.startAt}::timestamptz)
      for update of f skip locked)
  )`;
}

/**
 * Takes the slot in the caller's transaction under the book's exclusive free-time lock (a move gives its old time back
 * in the same transaction): the slot's end, or null when it was not free.
 */
export async function takeFreeSlotRow(tx: EntityManager, s: Omit<SlotToTake, 'endAt'>): Promise<Date | null> {
  await lockFreeTime(tx, [s.bookId]);
  const { rows } = await sql<{ end_at: Date }>`with ${takeSlotCtes({ ...s, endAt: null })}
    select end_at from taken`.execute(sqlOf(tx));
  return rows[0]?.end_at ?? null;
}

/**
 * After the exclusion constraint refused a row, the free-time table showed a slot that an active appointment covers
 * (a rebuild raced with a booking): removes such rows of the book overlapping [from, until), in the caller's
 * transaction, under the book's lock.
 */
export async function deleteCoveredFreeSlots(
  tx: EntityManager,
  q: { bookId: string; from: Date; until: Date },
): Promise<void> {
  await lockFreeTime(tx, [q.bookId]);
  await sql`delete from free_slot f where f.book_id = ${q.bookId}::text and f.start_at < ${q.until}::timestamptz and f.end_at > ${q.from}::timestamptz
    and exists (select 1 from appointment a where a.book_id = f.book_id and a.status = 'active'
                and a.start_at < f.end_at and a.end_at > f.start_at)`.execute(sqlOf(tx));
}
