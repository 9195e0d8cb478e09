import { AccountToken, Session, type EntityManager } from '@bn/db';
import type { SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { manageableUser } from './account-scope.js';

export interface SetUserActiveOptions {
  em: EntityManager;
  actor: SessionUser;
  userId: string;
  active: boolean;
  now: Date;
}

/**
 * Deactivates or reactivates a user. Deactivating ends its sessions in the same transaction (its next request is
 * signed out) and its unused links stop working; the account and its history stay.
 */
export async function setUserActive({ em, actor, userId, active, now }: SetUserActiveOptions) {
  return em.transactional(async (tx) => {
    const { user, clinicIds } = await manageableUser(tx, actor, userId);
    if (user.active === active) return { ok: true as const };
    user.active = active;
    if (!active) {
      await tx.nativeDelete(Session, { user: user.id });
      await tx.nativeUpdate(AccountToken, { user: user.id, usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
    }
    recordChange(tx, actor, {
      clinicId: clinicIds[0] ?? null,
      entity: 'user',
      entityId: user.id,
      action: 'update',
      before: { email: user.email, active: !active },
      after: { email: user.email, active },
    });
    await tx.flush();
    return { ok: true as const };
  });
}
