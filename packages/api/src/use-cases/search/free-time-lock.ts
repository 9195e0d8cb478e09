// The one lock discipline for a book's free time (`free_slot`). Two kinds of writers:
// - rebuilders read the book's appointments and rewrite its free-time rows from them (a configuration change, the
//   nightly horizon job, a release, a cancellation, a move, the hold sweeper): they take the book's lock EXCLUSIVELY,
//   before reading the appointments, and keep it until their transaction ends;
// - takers delete the one free-time row they take together with the appointment they insert (a hold): they take it
//   SHARED, in the same statement, before touching a row — so holds never wait for one another.
// A rebuild therefore never reads the appointments while a hold is half-way (it would write back the held slot), and a
// hold never takes a row from a rebuild that has not committed (it waits, then reads again). Several books are locked
// in the order of their ids, so two rebuilders never wait for each other in a circle.
import type { EntityManager } from '@bn/db';
import { sql, type Sql } from '../booking/sql-values.js';
import { executeBulk, textArray } from './sql-arrays.js';

const key = (bookId: string) => `free_time:${bookId}`;

/** Takes the books' free-time locks exclusively until the transaction ends (re-entrant: a second call costs one statement). */
export async function lockFreeTime(tx: EntityManager, bookIds: readonly string[]): Promise<void> {
  const ids = [...new Set(bookIds)].sort();
  if (ids.length === 0) return;
  if (ids.length === 1) {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [key(ids[0]!)]);
    return;
  }
  // Volatile calls in the select list run after the sort: the locks are taken in the order of the ids.
  await executeBulk(
    tx,
    `select pg_advisory_xact_lock(hashtext('free_time:' || id)) from unnest(?::text[]) id order by id`,
    [textArray(ids)],
  );
}

/**
 * The shared lock as a SQL fragment for a taker's statement: one row, `locked`, to be joined (as a CTE) before the
 * free-time row is deleted. Held until the statement's transaction ends.
 */
export function freeTimeSharedLockSql(bookId: string): Sql {
  return sql`select pg_advisory_xact_lock_shared(hashtext(${key(bookId)}::text)) is not null as locked`;
}
