import { deleteBookerHold, type EntityManager } from '@bn/db';
import { AppError, bookerId, type Booker } from '@bn/domain';
import { rebuildBookDays } from './slot-sql.js';

export interface ReleaseHoldOptions {
  em: EntityManager;
  booker: Booker;
  holdId: string;
}

/** The booker drops its own hold (the form was abandoned): the slot is bookable again at once. */
export async function releaseHold({ em, booker, holdId }: ReleaseHoldOptions): Promise<{ released: true }> {
  return em.transactional(async (tx) => {
    const row = await deleteBookerHold(tx, { holdId, bookerId: bookerId(booker), insurerId: booker.insurerId });
    if (!row) throw new AppError('HOLD_NOT_FOUND');
    await rebuildBookDays(tx, row.book_id, [row.start_at]);
    return { released: true as const };
  });
}
