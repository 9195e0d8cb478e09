import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { AppError, type ClinicConfig, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toClinicConfig } from '../../config-shape.js';
import { assertOrgNumberFree } from './assert-org-number-free.js';

export interface CreateClinicOptions {
  em: EntityManager;
  user: SessionUser;
  input: ClinicConfig;
  now: Date;
}

/** The network operator registers a clinic (operator only; the procedure checks the role). */
export async function createClinic({ em, user, input, now }: CreateClinicOptions): Promise<{ id: string }> {
  return configTransaction(em, async (tx) => {
    if (await tx.findOne(Clinic, { id: input.id })) throw new AppError('CONFLICT', { reason: 'clinic_id_taken' });
    await assertOrgNumberFree({ em: tx, orgNumber: input.orgNumber, clinicId: input.id });
    const clinic = tx.create(Clinic, {
      id: input.id,
      name: input.name,
      orgNumber: input.orgNumber,
      integrationActive: input.integrationActive,
      severalDepartmentsNotifiedAt: input.severalDepartmentsNotified ? now : null,
      maxSelfBooked: input.maxSelfBooked,
    });
    recordChange(tx, user, {
      clinicId: clinic.id,
      entity: 'clinic',
      entityId: clinic.id,
      action: 'create',
      before: null,
      after: toClinicConfig(clinic),
    });
    return { id: clinic.id };
  });
}
