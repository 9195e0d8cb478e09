// The free-time side of a booking: taking a slot (the conditional delete decides the winner), clearing what the
// taken interval overlaps, giving time back by rebuilding a book's days, and healing free time the safety net caught.
import { deleteCoveredFreeSlots, takeFreeSlotRow, type EntityManager } from '@bn/db';
import { AppError, osloDate } from '@bn/domain';
import { refreshFreeTime } from '../search/refresh-free-time.js';

/**
 * Takes the free slot book × type × start by deleting its row, under the book's free-time lock (exclusive: the caller,
 * a move, gives time back in the same transaction): of concurrent takers exactly one deletes it, the
 * others find nothing to delete (after waiting only for the winner's commit) and get SLOT_TAKEN at once.
 * Then removes every other free slot of the book (any type) that the interval overlaps — @bn/db's takeSlotCtes, the
 * hold's own fragment. Returns the slot's end.
 */
export async function takeFreeSlot(
  tx: EntityManager,
  slot: { bookId: string; typeId: string; startAt: Date },
): Promise<Date> {
  const endAt = await takeFreeSlotRow(tx, slot);
  if (!endAt) throw new AppError('SLOT_TAKEN');
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
  await em.transactional((tx) =>
    deleteCoveredFreeSlots(tx, {
      bookId,
      from: new Date(startAt.getTime() - 86_400_000),
      until: new Date(endAt.getTime() + 86_400_000),
    }),
  );
}
