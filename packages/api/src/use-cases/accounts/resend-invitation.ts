import type { EntityManager } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { issueAccountLink } from './account-links.js';
import { manageableUser } from './account-scope.js';

export interface ResendInvitationOptions {
  em: EntityManager;
  actor: SessionUser;
  userId: string;
  publicUrl: string;
  now: Date;
}

/** A new invitation link for an active user (the earlier links stop working); it also serves a lost password. */
export async function resendInvitation({ em, actor, userId, publicUrl, now }: ResendInvitationOptions) {
  return em.transactional(async (tx) => {
    const { user, clinicIds } = await manageableUser(tx, actor, userId);
    if (!user.active) throw new AppError('ACCOUNT_DEACTIVATED');
    const clinicId = clinicIds[0] ?? null;
    await issueAccountLink({ em: tx, user, purpose: 'invitation', clinicId, publicUrl, now });
    recordChange(tx, actor, {
      clinicId,
      entity: 'user',
      entityId: user.id,
      action: 'update',
      before: null,
      after: { email: user.email, invitationSent: true },
    });
    await tx.flush();
    return { ok: true as const };
  });
}
