import type { EntityManager } from '@bn/db';
import { Agreement, Appointment, Insurer, User } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toInsurerConfig } from '../../config-shape.js';

export interface DeleteInsurerOptions {
  em: EntityManager;
  user: SessionUser;
  id: string;
}

/** Refused while agreements, agent accounts or bookings point at the insurer: the database would delete or orphan them. */
export async function deleteInsurer({ em, user, id }: DeleteInsurerOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const insurer = await tx.findOne(Insurer, { id });
    if (!insurer) throw new AppError('NOT_FOUND');
    const agreements = await tx.count(Agreement, { insurer: id });
    const agents = await tx.count(User, { insurer: id });
    const bookings = await tx.count(Appointment, { insurer: id });
    if (agreements + agents + bookings > 0) {
      throw new AppError('IN_USE', { reason: 'insurer', name: insurer.name, agreements, agents, bookings });
    }
    recordChange(tx, user, {
      clinicId: null,
      entity: 'insurer',
      entityId: id,
      action: 'delete',
      before: toInsurerConfig(insurer),
      after: null,
    });
    tx.remove(insurer);
    return { id };
  });
}
