import type { EntityManager } from '@bn/db';
import { AppError } from '@bn/domain';
import { rebuildBookDays } from './slot-sql.js';
import { toInstant } from './sql-values.js';

export interface ReleaseHoldOptions {
  em: EntityManager;
  agent: { userId: string; insurerId: string };
  holdId: string;
}

/** The agent drops its own hold (the form was abandoned): the slot is bookable again at once. */
export async function releaseHold({ em, agent, holdId }: ReleaseHoldOptions): Promise<{ released: true }> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<{ book_id: string; start_at: Date | string }[]>(
      `delete from appointment where id = ? and kind = 'hold' and status = 'active' and created_by = ? and insurer_id = ?
       returning book_id, start_at`,
      [holdId, agent.userId, agent.insurerId],
    );
    if (!row) throw new AppError('HOLD_NOT_FOUND');
    await rebuildBookDays(tx, row.book_id, [toInstant(row.start_at)]);
    return { released: true as const };
  });
}
