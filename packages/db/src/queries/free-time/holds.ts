// The booker's holds: deleted (released, or expired: the sweeper and the lazy sweep before a hold) or extended once.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
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

/**
 * Extends the booker's active, unexpired, never extended hold by `minutes` in one statement (two requests at once
 * extend it once); its new expiry, or null when nothing was extended (`bookerAppointmentState` says why).
 */
export async function extendBookerHold(
  em: EntityManager,
  h: { holdId: string; bookerId: string; insurerId: string; now: Date; minutes: number },
): Promise<{ hold_expires_at: Date } | null> {
  const row = await sqlOf(em)
    .updateTable('appointment')
    .set({
      hold_expires_at: sql<Date>`hold_expires_at + make_interval(mins => ${h.minutes}::int)`,
      hold_extended_at: h.now,
    })
    .where('id', '=', h.holdId)
    .where('kind', '=', 'hold')
    .where('status', '=', 'active')
    .where('created_by', '=', h.bookerId)
    .where('insurer_id', '=', h.insurerId)
    .where('hold_expires_at', '>', h.now)
    .where('hold_extended_at', 'is', null)
    .returning(['hold_expires_at'])
    .executeTakeFirst();
  return row?.hold_expires_at ? { hold_expires_at: row.hold_expires_at } : null;
}

/** The booker's own appointment by id (a hold, or the booking it became): what it is now, or undefined. */
export async function bookerAppointmentState(
  em: EntityManager,
  h: { appointmentId: string; bookerId: string; insurerId: string },
): Promise<{ kind: string; status: string; hold_expires_at: Date | null; hold_extended_at: Date | null } | undefined> {
  return sqlOf(em)
    .selectFrom('appointment')
    .select(['kind', 'status', 'hold_expires_at', 'hold_extended_at'])
    .where('id', '=', h.appointmentId)
    .where('created_by', '=', h.bookerId)
    .where('insurer_id', '=', h.insurerId)
    .executeTakeFirst();
}
