import type { EntityManager } from '@bn/db';
import { Membership } from '@bn/db';
import { AppError, type MembershipConfig, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toMembershipConfig } from '../../config-shape.js';

export interface RejectMembershipOptions {
  em: EntityManager;
  user: SessionUser;
  practitionerId: string;
  /** Required and bounded by `membershipRejectionInput`; the clinic sees it. */
  reason: string;
  now: Date;
}

/**
 * N2: the network operator turns down a pending application with a reason. The reason is in the change log's entry
 * beside the fields and shown to the clinic, which may apply again (`applyMembership` reopens a rejected one).
 */
export async function rejectMembership({
  em,
  user,
  practitionerId,
  reason,
  now,
}: RejectMembershipOptions): Promise<MembershipConfig & { rejectionReason: string }> {
  return configTransaction(em, async (tx) => {
    const membership = await tx.findOne(Membership, { practitioner: practitionerId }, { populate: ['practitioner'] });
    if (!membership) throw new AppError('NOT_FOUND');
    if (membership.status !== 'pending') throw new AppError('CONFLICT', { reason: 'membership_not_pending' });
    const before = toMembershipConfig(membership);
    tx.assign(membership, { status: 'rejected' as const, decidedAt: now, resetReason: null, rejectionReason: reason });
    const after = { ...toMembershipConfig(membership), reason };
    recordChange(tx, user, {
      clinicId: membership.practitioner.clinic.id,
      entity: 'membership',
      entityId: membership.id,
      action: 'update',
      before,
      after,
    });
    return { ...toMembershipConfig(membership), rejectionReason: reason };
  });
}
