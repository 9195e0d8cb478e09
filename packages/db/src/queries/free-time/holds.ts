// Deleting holds: the booker's own (released) and expired ones (the sweeper, and the lazy sweep before a hold).
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/** Deletes the booker's active hold; its book and start (for giving the time back), or null when there is none. */
export async function deleteBookerHold(
  tx: EntityManager,
  h: { holdId: string; bookerId: string; insurerId: string },
): Promise<{ book_id: string; start_at: Date } | null> {
  const row = await sqlOf(tx)
    .deleteFrom('appointment')
    .where('id', '=', h.holdId)
    .where('kind', '=', 'hold')
    .where('status', '=', 'active')
    .where('created_by', '=', h.bookerId)
    .where('insurer_id', '=', h.insurerId)
    .returning(['book_id', 'start_at'])
    .executeTakeFirst();
  return row ?? null;
}

/** Deletes the holds expired at `now` (of one book, or all); their books and starts. */
export async function deleteExpiredHoldRows(
  tx: EntityManager,
  now: Date,
  bookId?: string,
): Promise<{ book_id: string; start_at: Date }[]> {
  let q = sqlOf(tx)
    .deleteFrom('appointment')
    .where('kind', '=', 'hold')
    .where('status', '=', 'active')
    .where('hold_expires_at', '<=', now);
  if (bookId) q = q.where('book_id', '=', bookId);
  return q.returning(['book_id', 'start_at']).execute();
}
