import type { EntityManager } from '@bn/db';
import { Clinic, Membership, Practitioner } from '@bn/db';
import type { MembershipResetReason, PractitionerConfig, SessionUser } from '@bn/domain';
import { toMembershipConfig, toPractitionerConfig } from '../../config-shape.js';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertNoIssues, assertSameParent } from '../../validation.js';

export interface UpsertPractitionerOptions {
  em: EntityManager;
  user: SessionUser;
  /** N1/N2 already checked by the schema: the profession, and an HPR number where the profession needs one. */
  input: PractitionerConfig;
}

/**
 * N1/N2: a practitioner of the clinic. An HPR number is one person's, so no other practitioner in the network may have
 * it (a unique constraint holds it too). The network approved a membership for an HPR number and a profession: when
 * either changes, an approved membership goes back to pending, with the reason the clinic is shown.
 */
export async function upsertPractitioner({ em, user, input }: UpsertPractitionerOptions): Promise<{ id: string }> {
  assertClinicAdmin(user, input.clinicId);
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(Practitioner, { id: input.id });
    if (existing) {
      assertClinicAdmin(user, existing.clinic.id);
      assertSameParent(existing.clinic.id, input.clinicId, 'clinicId', 'practitioner.clinic_fixed');
    }
    if (input.hprNumber !== null) {
      const holder = await tx.findOne(Practitioner, { hprNumber: input.hprNumber, id: { $ne: input.id } });
      // The holder may be another clinic's: the sentence names no one.
      assertNoIssues([holder ? { path: ['hprNumber'], code: 'practitioner.hpr_taken' } : null]);
    }
    const before = existing ? toPractitionerConfig(existing) : null;
    const reset = existing ? resetReasonOf(existing, input) : null;
    const data = { name: input.name, profession: input.profession, hprNumber: input.hprNumber };
    const practitioner = existing
      ? tx.assign(existing, data)
      : tx.create(Practitioner, { id: input.id, clinic: tx.getReference(Clinic, input.clinicId), ...data });
    recordChange(tx, user, {
      clinicId: input.clinicId,
      entity: 'practitioner',
      entityId: practitioner.id,
      action: existing ? 'update' : 'create',
      before,
      after: toPractitionerConfig(practitioner),
    });
    if (reset) await resetApprovedMembership(tx, user, practitioner, reset);
    return { id: practitioner.id };
  });
}

/** What the network approved that the change makes untrue; the HPR number is named first. */
function resetReasonOf(existing: Practitioner, input: PractitionerConfig): MembershipResetReason | null {
  if ((existing.hprNumber ?? null) !== input.hprNumber) return 'hpr_changed';
  if (existing.profession !== input.profession) return 'profession_changed';
  return null;
}

async function resetApprovedMembership(
  tx: EntityManager,
  user: SessionUser,
  practitioner: Practitioner,
  reason: MembershipResetReason,
): Promise<void> {
  const membership = await tx.findOne(Membership, { practitioner: practitioner.id });
  if (membership?.status !== 'approved') return;
  const before = toMembershipConfig(membership);
  tx.assign(membership, { status: 'pending' as const, decidedAt: null, resetReason: reason });
  recordChange(tx, user, {
    clinicId: practitioner.clinic.id,
    entity: 'membership',
    entityId: membership.id,
    action: 'update',
    before,
    after: { ...toMembershipConfig(membership), resetReason: reason },
  });
}
