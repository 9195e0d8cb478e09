import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { Membership, Practitioner } from '@bn/db';
import { AppError, type MembershipConfig, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toMembershipConfig } from '../../config-shape.js';

export interface DecideMembershipOptions {
  em: EntityManager;
  user: SessionUser;
  practitionerId: string;
  status: MembershipConfig['status'];
  now: Date;
}

/** N2: the network operator approves, revokes or reopens a membership; one without an application is created. */
export async function decideMembership({
  em,
  user,
  practitionerId,
  status,
  now,
}: DecideMembershipOptions): Promise<MembershipConfig> {
  return configTransaction(em, async (tx) => {
    const practitioner = await tx.findOne(Practitioner, { id: practitionerId });
    if (!practitioner) throw new AppError('NOT_FOUND');
    const existing = await tx.findOne(Membership, { practitioner: practitionerId });
    const before = existing ? toMembershipConfig(existing) : null;
    const decidedAt = status === 'pending' ? null : now;
    // A decision answers the reason the membership was reopened for; reopening by hand gives none.
    const resetReason = status === 'pending' ? (existing?.resetReason ?? null) : null;
    const membership = existing
      ? tx.assign(existing, { status, decidedAt, resetReason, rejectionReason: null })
      : tx.create(Membership, {
          id: randomUUID(),
          practitioner,
          status,
          decidedAt,
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
