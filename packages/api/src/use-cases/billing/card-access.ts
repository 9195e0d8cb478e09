import { cardRow, type CardRow, type EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';

/** Whether the user administers the clinic: only a clinic's own admins work with its billing cards. */
export const administers = (user: SessionUser, clinicId: string) =>
  user.role === 'clinic_admin' && user.clinicIds.includes(clinicId);

/**
 * A card of one of the user's clinics (`lock`: its row locked for the transaction). Another clinic's card is
 * NOT_FOUND, like one that does not exist, so ids cannot be probed.
 */
export async function ownCard(em: EntityManager, user: SessionUser, cardId: string, lock = false): Promise<CardRow> {
  const row = await cardRow(em, cardId, lock);
  if (!row || !administers(user, row.clinic_id)) throw new AppError('NOT_FOUND');
  return row;
}
