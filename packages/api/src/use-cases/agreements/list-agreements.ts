import type { EntityManager } from '@bn/db';
import { Agreement } from '@bn/db';
import { AppError, type AgreementConfig, type SessionUser } from '@bn/domain';
import { toAgreementConfig } from '../../config-shape.js';
import { assertClinicAccess } from '../../scope.js';

export interface ListAgreementsOptions {
  em: EntityManager;
  user: SessionUser;
  /** Required for support and clinic admins; the network operator may leave it out to list every agreement. */
  clinicId?: string;
}

export type AgreementRow = AgreementConfig & { insurerName: string; partyName: string };

/** N3: a clinic's agreements together with the personal agreements of its practitioners. */
export async function listAgreements({ em, user, clinicId }: ListAgreementsOptions): Promise<AgreementRow[]> {
  if (clinicId === undefined && user.role !== 'network_operator') throw new AppError('FORBIDDEN');
  if (clinicId !== undefined) assertClinicAccess(user, clinicId);
  const where = clinicId === undefined ? {} : { $or: [{ clinic: clinicId }, { practitioner: { clinic: clinicId } }] };
  const agreements = await em.find(Agreement, where, { populate: ['insurer', 'clinic', 'practitioner'] });
  return agreements
    .map((a) => ({
      ...toAgreementConfig(a),
      insurerName: a.insurer.name,
      partyName: a.clinic?.name ?? a.practitioner?.name ?? '',
    }))
    .sort((a, b) => a.insurerName.localeCompare(b.insurerName, 'nb') || b.validFrom.localeCompare(a.validFrom));
}
