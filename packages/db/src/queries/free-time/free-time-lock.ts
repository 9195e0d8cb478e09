// The one lock discipline for a book's free time (`free_slot`). Two kinds of writers:
// - rebuilders read the book's appointments and rewrite its free-time rows from them (a configuration change, the
//   nightly horizon job, a release, a cancellation, a move, the hold sweeper): they take the book's lock EXCLUSIVELY,
//   before reading the appointments, and keep it until their transaction ends;
// - takers delete the one free-time row they take together with the appointment they insert (a hold): they take it
//   SHARED, in the same statement, before touching a row — so holds never wait for one another.
// A rebuild therefore never reads the appointments while a hold is half-way (it would write back the held slot), and a
// hold never takes a row from a rebuild that has not committed (it waits, then reads again). Several books are locked
// in the order of their ids, so two rebuilders never wait for each other in a circle.
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

const key = (bookId: string) => `free_time:${bookId}`;

/** The books whose exclusive lock each open transaction (its driver-level context) already holds. */
const held = new WeakMap<object, Set<string>>();

/** Takes the books' free-time locks exclusively until the transaction ends; those it already holds cost nothing. */
export async function lockFreeTime(tx: EntityManager, bookIds: readonly string[]): Promise<void> {
  const context = tx.getTransactionContext<object>();
  const mine = context ? (held.get(context) ?? new Set<string>()) : new Set<string>();
  if (context) held.set(context, mine);
  const ids = [...new Set(bookIds)].filter((id) => !mine.has(id)).sort();
  if (ids.length === 0) return;
  // Recorded before the statement: if it fails, the transaction fails with it and nothing relies on the record.
  for (const id of ids) mine.add(id);
  const db = sqlOf(tx);
  if (ids.length === 1) {
    await sql`select pg_advisory_xact_lock(hashtext(${key(ids[0]!)}::text))`.execute(db);
    return;
  }
  // Volatile calls in the select list run after the sort: the locks are taken in the order of the ids.
  await sql`select pg_advisory_xact_lock(hashtext('free_time:' || id)) from unnest(${ids}::text[]) id order by id`.execute(
    db,
  );
}

/**
 * The shared lock as a fragment for a taker's statement: one row, `locked`, to be joined (as a CTE) before the
 * free-time row is deleted. Held until the statement's transaction ends.
 */
export function freeTimeSharedLock(bookId: string): RawBuilder<{ locked: boolean }> {
  return sql`select pg_advisory_xact_lock_shared(hashtext(${key(bookId)}::text)) is not null as locked`;
}
