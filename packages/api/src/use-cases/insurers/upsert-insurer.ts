import type { EntityManager } from '@bn/db';
import { Insurer } from '@bn/db';
import type { InsurerConfig, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toInsurerConfig } from '../../config-shape.js';
import { assertNoIssues } from '../../validation.js';

export interface UpsertInsurerOptions {
  em: EntityManager;
  user: SessionUser;
  input: InsurerConfig;
}

/** The network operator registers or changes an insurer (N4: whether it offers psychologist booking). */
export async function upsertInsurer({ em, user, input }: UpsertInsurerOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    const existing = await tx.findOne(Insurer, { id: input.id });
    const sameName = await tx.findOne(Insurer, { name: input.name, id: { $ne: input.id } });
    const sameOrg = await tx.findOne(Insurer, { orgNumber: input.orgNumber, id: { $ne: input.id } });
    assertNoIssues([
      sameName ? { path: ['name'], code: 'insurer.name_taken' } : null,
      sameOrg ? { path: ['orgNumber'], code: 'org_number.taken', values: { holder: sameOrg.name } } : null,
    ]);
    const before = existing ? toInsurerConfig(existing) : null;
    const data = {
      name: input.name,
      orgNumber: input.orgNumber,
      offersPsychologistBooking: input.offersPsychologistBooking,
      hasPatientApp: input.hasPatientApp,
      appName: input.appName,
    };
    const insurer = existing ? tx.assign(existing, data) : tx.create(Insurer, { id: input.id, ...data });
    recordChange(tx, user, {
      clinicId: null,
      entity: 'insurer',
      entityId: insurer.id,
      action: existing ? 'update' : 'create',
      before,
      after: toInsurerConfig(insurer),
    });
    return { id: insurer.id };
  });
}
