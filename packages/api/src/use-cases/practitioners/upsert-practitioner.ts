import type { EntityManager } from '@bn/db';
import { Clinic, Practitioner } from '@bn/db';
import type { PractitionerConfig, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toPractitionerConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertSameParent } from '../../validation.js';

export interface UpsertPractitionerOptions {
  em: EntityManager;
  user: SessionUser;
  /** N1/N2 already checked by the schema: the profession, and an HPR number where the profession needs one. */
  input: PractitionerConfig;
}

export async function upsertPractitioner({ em, user, input }: UpsertPractitionerOptions): Promise<{ id: string }> {
  assertClinicAdmin(user, input.clinicId);
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(Practitioner, { id: input.id });
    if (existing) {
      assertClinicAdmin(user, existing.clinic.id);
      assertSameParent(existing.clinic.id, input.clinicId, 'clinicId', 'practitioner.clinic_fixed');
    }
    const before = existing ? toPractitionerConfig(existing) : null;
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
    return { id: practitioner.id };
  });
}
