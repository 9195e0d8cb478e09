import type { EntityManager } from '@bn/db';
import { Membership } from '@bn/db';
import type { MembershipConfig, MembershipResetReason, PractitionerConfig } from '@bn/domain';
import { toMembershipConfig, toPractitionerConfig } from '../../config-shape.js';

export interface ListMembershipsOptions {
  em: EntityManager;
}

export interface MembershipRow {
  membership: MembershipConfig & {
    appliedAt: Date;
    decidedAt: Date | null;
    /** Why it is pending again: the HPR number or the profession the network approved changed. */
    resetReason: MembershipResetReason | null;
    /** Why the operator rejected the application; null unless rejected. */
    rejectionReason: string | null;
  };
  practitioner: PractitionerConfig;
  clinic: { id: string; name: string };
}

/** N2, the network operator's list: pending applications first, then by clinic and name. */
export async function listMemberships({ em }: ListMembershipsOptions): Promise<MembershipRow[]> {
  const rows = await em.find(Membership, {}, { populate: ['practitioner', 'practitioner.clinic'] });
  const order = { pending: 0, approved: 1, revoked: 2, rejected: 3 } as const;
  return rows
    .map((m) => ({
      membership: {
        ...toMembershipConfig(m),
        appliedAt: m.createdAt,
        decidedAt: m.decidedAt ?? null,
        resetReason: m.resetReason ?? null,
        rejectionReason: m.rejectionReason ?? null,
      },
      practitioner: toPractitionerConfig(m.practitioner),
      clinic: { id: m.practitioner.clinic.id, name: m.practitioner.clinic.name },
    }))
    .sort(
      (a, b) =>
        order[a.membership.status] - order[b.membership.status] ||
        a.clinic.name.localeCompare(b.clinic.name, 'nb') ||
        a.practitioner.name.localeCompare(b.practitioner.name, 'nb'),
    );
}
