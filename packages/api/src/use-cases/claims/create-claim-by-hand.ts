import { insertClaimByHand, type EntityManager } from '@bn/db';
import type { ClaimByHand, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { recordAccess } from '../access-log/record-access.js';
import { claimPatient } from './claim-patient.js';
import type { ClaimView } from './claim-view.js';

export interface CreateClaimByHandOptions {
  em: EntityManager;
  user: SessionUser;
  patientId: string;
  /** Validated by `claimByHandSchema`: case number, grant in total or per B-code, validity period. */
  input: ClaimByHand;
  now: Date;
}

/** P2: a claim without a case id, as the clinic admin types it from the insurer's letter. */
export async function createClaimByHand({
  em,
  user,
  patientId,
  input,
  now,
}: CreateClaimByHandOptions): Promise<ClaimView> {
  const patient = await claimPatient(em, user, patientId, input.insurerId);
  return em.transactional(async (tx) => {
    const id = await insertClaimByHand(tx, { ...input, patientId: patient.id, now });
    const view: ClaimView = {
      id,
      patientId: patient.id,
      insurerId: input.insurerId,
      caseId: null,
      caseNumber: input.caseNumber,
      grant: input.grant,
      validFrom: input.validFrom,
      validTo: input.validTo,
      createdAutomatically: false,
    };
    recordChange(tx, user, {
      clinicId: patient.clinicId,
      entity: 'claim',
      entityId: id,
      action: 'create',
      before: null,
      after: view,
    });
    await recordAccess(tx, {
      user,
      clinicId: patient.clinicId,
      patientIds: [patient.id],
      action: 'update_patient',
      what: `krav registrert for hånd (saksnummer ${input.caseNumber})`,
      now,
    });
    return view;
  });
}
