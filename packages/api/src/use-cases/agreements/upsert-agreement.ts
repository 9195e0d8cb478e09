import type { EntityManager } from '@bn/db';
import { Agreement, Clinic, Insurer, Practitioner } from '@bn/db';
import type { AgreementConfig, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toAgreementConfig } from '../../config-shape.js';
import { assertNoIssues } from '../../validation.js';

export interface UpsertAgreementOptions {
  em: EntityManager;
  user: SessionUser;
  input: AgreementConfig;
}

/** N3: the network operator records an agreement and its approval; approving it makes the insurer able to book. */
export async function upsertAgreement({ em, user, input }: UpsertAgreementOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(Agreement, { id: input.id });
    const insurer = await tx.findOne(Insurer, { id: input.insurerId });
    const clinic = input.clinicId ? await tx.findOne(Clinic, { id: input.clinicId }) : null;
    const practitioner = input.practitionerId ? await tx.findOne(Practitioner, { id: input.practitionerId }) : null;
    assertNoIssues([
      insurer ? null : { path: ['insurerId'], code: 'insurer.not_found' },
      input.clinicId && !clinic ? { path: ['clinicId'], code: 'clinic.not_found' } : null,
      input.practitionerId && !practitioner ? { path: ['practitionerId'], code: 'practitioner.not_found' } : null,
    ]);
    const before = existing ? toAgreementConfig(existing) : null;
    const data = {
      insurer: insurer!,
      clinic,
      practitioner,
      status: input.status,
      validFrom: input.validFrom,
      validTo: input.validTo,
    };
    const agreement = existing ? tx.assign(existing, data) : tx.create(Agreement, { id: input.id, ...data });
    const clinicId = clinic?.id ?? practitioner!.clinic.id;
    recordChange(tx, user, {
      clinicId,
      entity: 'agreement',
      entityId: agreement.id,
      action: existing ? 'update' : 'create',
      before,
      after: toAgreementConfig(agreement),
    });
    return { id: agreement.id };
  });
}
