import { deleteExpiredHoldRows, lockFreeTime, type EntityManager } from '@bn/db';
import { rebuildBookDays } from './slot-sql.js';

export interface SweepExpiredHoldsOptions {
  em: EntityManager;
  now: Date;
}

/**
 * Deletes expired holds in the caller's transaction and gives their slots back (rebuilds those books' free time for
 * the affected days). With a book: the lazy sweep a hold on that book runs first.
 */
export async function deleteExpiredHolds(tx: EntityManager, now: Date, bookId?: string): Promise<number> {
  const rows = await deleteExpiredHoldRows(tx, now, bookId);
  const byBook = new Map<string, Date[]>();
  for (const r of rows) byBook.set(r.book_id, [...(byBook.get(r.book_id) ?? []), r.start_at]);
  // Every book's lock at once, in the order of their ids (a rebuild of several books takes them so too).
  await lockFreeTime(tx, [...byBook.keys()]);
  for (const [book, starts] of byBook) await rebuildBookDays(tx, book, starts);
  return rows.length;
}

/** The server's sweeper (every 30 s): every book, in a transaction of its own. Returns the number of holds removed. */
export async function sweepExpiredHolds({ em, now }: SweepExpiredHoldsOptions): Promise<number> {
  return em.transactional((tx) => deleteExpiredHolds(tx, now));
}
