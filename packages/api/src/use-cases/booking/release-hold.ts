import { deleteAgentHold, type EntityManager } from '@bn/db';
import { AppError } from '@bn/domain';
import { rebuildBookDays } from './slot-sql.js';

export interface ReleaseHoldOptions {
  em: EntityManager;
  agent: { userId: string; insurerId: string };
  holdId: string;
}

/** The agent drops its own hold (the form was abandoned): the slot is bookable again at once. */
export async function releaseHold({ em, agent, holdId }: ReleaseHoldOptions): Promise<{ released: true }> {
  return em.transactional(async (tx) => {
    const row = await deleteAgentHold(tx, { holdId, userId: agent.userId, insurerId: agent.insurerId });
    if (!row) throw new AppError('HOLD_NOT_FOUND');
    await rebuildBookDays(tx, row.book_id, [row.start_at]);
    return { released: true as const };
  });
}
