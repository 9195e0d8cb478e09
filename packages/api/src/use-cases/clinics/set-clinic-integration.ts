import type { EntityManager } from '@bn/db';
import { Clinic } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { configTransaction } from '../../config-transaction.js';
import { toClinicConfig } from '../../config-shape.js';

export interface SetClinicIntegrationOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  active: boolean;
  /** Why it is switched off (required then, by the input schema); recorded with the change. */
  reason: string | null;
}

/**
 * N5: the network operator or support switches the integration on (or off, with the reason) at the clinic's request.
 * The reason rides in the change log's entry beside the fields, as a membership's reset reason does.
 */
export async function setClinicIntegration({
  em,
  user,
  clinicId,
  active,
  reason,
}: SetClinicIntegrationOptions): Promise<{ id: string; integrationActive: boolean }> {
  return configTransaction(em, async (tx) => {
    const clinic = await tx.findOne(Clinic, { id: clinicId });
    if (!clinic) throw new AppError('NOT_FOUND');
    const before = toClinicConfig(clinic);
    clinic.integrationActive = active;
    recordChange(tx, user, {
      clinicId,
      entity: 'clinic',
      entityId: clinicId,
      action: 'update',
      before,
      after: reason ? { ...toClinicConfig(clinic), reason } : toClinicConfig(clinic),
    });
    return { id: clinicId, integrationActive: active };
  });
}
