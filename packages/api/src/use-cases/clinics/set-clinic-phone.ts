import { Clinic, type EntityManager } from '@bn/db';
import { AppError, type ClinicPhoneInput, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { assertClinicAdmin } from '../../scope.js';

/**
 * The clinic's own admin sets its phone number (null clears it), audited; agents see it with the clinic's times and
 * bookings («Ring klinikken på …» once a booking can no longer be changed online).
 */
export async function setClinicPhone(o: {
  em: EntityManager;
  user: SessionUser;
  input: ClinicPhoneInput;
}): Promise<{ phone: string | null }> {
  const { clinicId, phone } = o.input;
  assertClinicAdmin(o.user, clinicId);
  return o.em.transactional(async (tx) => {
    const clinic = await tx.findOne(Clinic, { id: clinicId });
    if (!clinic) throw new AppError('NOT_FOUND');
    const before = { phone: clinic.phone ?? null };
    clinic.phone = phone;
    recordChange(tx, o.user, {
      clinicId,
      entity: 'clinicPhone',
      entityId: clinicId,
      action: 'update',
      before,
      after: { phone },
    });
    return { phone };
  });
}
