import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { Membership, Practitioner } from '@bn/db';
import { AppError, type MembershipConfig, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toMembershipConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface ApplyMembershipOptions {
  em: EntityManager;
  user: SessionUser;
  practitionerId: string;
}

/**
 * N2: the clinic applies for a practitioner's membership. A revoked or rejected one is applied for again (pending);
 * a pending or approved one is returned unchanged, so pressing the button twice is harmless.
 */
export async function applyMembership({ em, user, practitionerId }: ApplyMembershipOptions): Promise<MembershipConfig> {
  return configTransaction(em, async (tx) => {
    const practitioner = await tx.findOne(Practitioner, { id: practitionerId });
    if (!practitioner) throw new AppError('NOT_FOUND');
    assertClinicAdmin(user, practitioner.clinic.id);
    const existing = await tx.findOne(Membership, { practitioner: practitionerId });
    if (existing && existing.status !== 'revoked' && existing.status !== 'rejected')
      return toMembershipConfig(existing);
    const before = existing ? toMembershipConfig(existing) : null;
    const membership = existing
      ? tx.assign(existing, { status: 'pending' as const, decidedAt: null, resetReason: null, rejectionReason: null })
      : tx.create(Membership, {
          id: randomUUID(),
          practitioner,
          status: 'pending',
          decidedAt: null,
          resetReason: null,
          rejectionReason: null,
        });
    const after = toMembershipConfig(membership);
    recordChange(tx, user, {
      clinicId: practitioner.clinic.id,
      entity: 'membership',
      entityId: membership.id,
      action: existing ? 'update' : 'create',
      before,
      after,
    });
    return after;
  });
}
