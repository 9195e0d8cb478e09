// The free-time side of a booking: taking a slot (the conditional delete decides the winner), clearing what the
// taken interval overlaps, giving time back by rebuilding a book's days, and healing free time the safety net caught.
import type { EntityManager } from '@bn/db';
import { AppError, osloDate } from '@bn/domain';
import { refreshFreeTime } from '../search/refresh-free-time.js';
import { lockFreeTime } from '../search/free-time-lock.js';
import { toInstant } from './sql-values.js';

/**
 * Takes the free slot book × type × start by deleting its row, under the book's free-time lock (exclusive: the caller,
 * a move, gives time back in the same transaction): of concurrent takers exactly one deletes it, the
 * others find nothing to delete (after waiting only for the winner's commit) and get SLOT_TAKEN at once.
 * Then removes every other free slot of the book (any type) that the interval overlaps. Returns the slot's end.
 */
export async function takeFreeSlot(
  tx: EntityManager,
  slot: { bookId: string; typeId: string; startAt: Date },
): Promise<Date> {
  await lockFreeTime(tx, [slot.bookId]);
  const [taken] = await tx.execute<{ end_at: Date | string }[]>(
    'delete from free_slot where book_id = ? and type_id = ? and start_at = ? returning end_at',
    [slot.bookId, slot.typeId, slot.startAt],
  );
  if (!taken) throw new AppError('SLOT_TAKEN');
  const endAt = toInstant(taken.end_at);
  // Rows another transaction is deleting right now are skipped rather than waited for: two holds on overlapping slots
  // of different types would otherwise wait for each other (a deadlock); the exclusion constraint decides between them.
  await tx.execute(
    `delete from free_slot where ctid in (
       select ctid from free_slot where book_id = ? and start_at < ? and end_at > ? for update skip locked)`,
    [slot.bookId, endAt, slot.startAt],
  );
  return endAt;
}

/**
 * Gives time back: rebuilds the free time of a book for the Oslo days of the given instants, from the schedule minus
 * the active appointments this transaction sees. Serialised per book by the free-time lock refreshFreeTime takes.
 */
export async function rebuildBookDays(tx: EntityManager, bookId: string, instants: readonly Date[]): Promise<void> {
  if (instants.length === 0) return;
  const days = [...new Set(instants.map(osloDate))].sort();
  await refreshFreeTime({ em: tx, bookIds: [bookId], from: days[0]!, to: days[days.length - 1]! });
}

/**
 * After the exclusion constraint refused a row, the free-time table showed a slot that an active appointment covers
 * (a rebuild raced with a booking). Removes such rows around the interval, in a transaction of its own.
 */
export async function healFreeTime(em: EntityManager, bookId: string, startAt: Date, endAt: Date): Promise<void> {
  await em.transactional(async (tx) => {
    await lockFreeTime(tx, [bookId]);
    await tx.execute(
      `delete from free_slot f where f.book_id = ? and f.start_at < ? and f.end_at > ?
       and exists (select 1 from appointment a where a.book_id = f.book_id and a.status = 'active'
                   and a.start_at < f.end_at and a.end_at > f.start_at)`,
      [bookId, new Date(endAt.getTime() + 86_400_000), new Date(startAt.getTime() - 86_400_000)],
    );
  });
}
