import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { AppError, type ClinicConfig, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toClinicConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';
import { assertOrgNumberFree } from './assert-org-number-free.js';

export interface UpdateClinicOptions {
  em: EntityManager;
  user: SessionUser;
  input: ClinicConfig;
  now: Date;
}

/**
 * The network operator changes any field; a clinic admin only the name and the cap on self-bookings of its own
 * clinic. The admin's form sends the whole ClinicConfig, so the other fields are kept as stored, not refused.
 */
export async function updateClinic({ em, user, input, now }: UpdateClinicOptions): Promise<{ id: string }> {
  if (user.role !== 'network_operator') assertClinicAdmin(user, input.id);
  return configTransaction(em, async (tx) => {
    const clinic = await tx.findOne(Clinic, { id: input.id });
    if (!clinic) throw new AppError('NOT_FOUND');
    const before = toClinicConfig(clinic);
    clinic.name = input.name;
    clinic.maxSelfBooked = input.maxSelfBooked;
    if (user.role === 'network_operator') {
      await assertOrgNumberFree({ em: tx, orgNumber: input.orgNumber, clinicId: input.id });
      clinic.orgNumber = input.orgNumber;
      clinic.integrationActive = input.integrationActive;
      if (!input.severalDepartmentsNotified) clinic.severalDepartmentsNotifiedAt = null;
      else clinic.severalDepartmentsNotifiedAt ??= now;
    }
    recordChange(tx, user, {
      clinicId: clinic.id,
      entity: 'clinic',
      entityId: clinic.id,
      action: 'update',
      before,
      after: toClinicConfig(clinic),
    });
    return { id: clinic.id };
  });
}
