import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toClinicConfig } from '../../config-shape.js';
import { assertClinicAdmin } from '../../scope.js';

export interface NotifySeveralDepartmentsOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  now: Date;
}

/** D2: the clinic tells the network it has several departments. Saying it twice keeps the first date. */
export async function notifySeveralDepartments({
  em,
  user,
  clinicId,
  now,
}: NotifySeveralDepartmentsOptions): Promise<{ id: string; notifiedAt: Date }> {
  assertClinicAdmin(user, clinicId);
  return configTransaction(em, async (tx) => {
    const clinic = await tx.findOne(Clinic, { id: clinicId });
    if (!clinic) throw new AppError('NOT_FOUND');
    if (!clinic.severalDepartmentsNotifiedAt) {
      const before = toClinicConfig(clinic);
      clinic.severalDepartmentsNotifiedAt = now;
      recordChange(tx, user, {
        clinicId,
        entity: 'clinic',
        entityId: clinicId,
        action: 'update',
        before,
        after: toClinicConfig(clinic),
      });
    }
    return { id: clinicId, notifiedAt: clinic.severalDepartmentsNotifiedAt };
  });
}
