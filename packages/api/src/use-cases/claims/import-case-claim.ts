import { lockCaseClaim, upsertCaseClaim, claimTermsOf, type EntityManager } from '@bn/db';
import { AppError, claimFromCase, osloDate, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { recordAccess } from '../access-log/record-access.js';
import type { CaseLookup } from '../cases/case-lookup.js';
import { assertCaseOwner } from './claim-case-owner.js';
import { claimPatient } from './claim-patient.js';
import type { ClaimView } from './claim-view.js';

export interface ImportCaseClaimOptions {
  em: EntityManager;
  user: SessionUser;
  caseLookup: CaseLookup;
  patientId: string;
  insurerId: string;
  /** Upper-case SakID (caseIdSchema). */
  caseId: string;
  now: Date;
}

export interface ImportCaseClaimResult {
  claim: ClaimView;
  /** 'created': a new claim; 'completed': the card's claim from a booking (K5) got its case's terms; 'updated': the card already had the case, now with its current terms. */
  outcome: 'created' | 'completed' | 'updated';
}

/**
 * P2: a clinic admin imports an insurer's case onto a patient card. The case is looked up first (outside the
 * transaction: no row is held while the insurer's service answers); `claimFromCase` then refuses a birth date that
 * is not the patient's and a case that has ended before today (Oslo) — before anything is written. A case id that
 * is another patient's at the insurer (K5's register of case owners) is CASE_ID_OTHER_PATIENT. The card keeps one
 * claim per case id: a claim a booking made (K5) is completed rather than doubled.
 */
export async function importCaseClaim(o: ImportCaseClaimOptions): Promise<ImportCaseClaimResult> {
  const patient = await claimPatient(o.em, o.user, o.patientId, o.insurerId);
  const insurerCase = await o.caseLookup.find(o.insurerId, o.caseId);
  if (!insurerCase || insurerCase.insurerId !== o.insurerId) throw new AppError('CASE_NOT_FOUND');
  const claim = claimFromCase({ insurerCase, patientNationalId: patient.nationalId, today: osloDate(o.now) });
  return o.em.transactional(async (tx) => {
    await assertCaseOwner(tx, {
      insurerId: o.insurerId,
      caseId: claim.caseId,
      nationalId: patient.nationalId,
      now: o.now,
    });
    const before = await lockCaseClaim(tx, { patientId: patient.id, insurerId: o.insurerId, caseId: claim.caseId });
    const { id, created } = await upsertCaseClaim(tx, { ...claim, patientId: patient.id, now: o.now });
    const outcome = created ? 'created' : before && claimTermsOf(before).grant === null ? 'completed' : 'updated';
    const view: ClaimView = {
      id,
      patientId: patient.id,
      insurerId: claim.insurerId,
      caseId: claim.caseId,
      caseNumber: before?.case_number ?? null,
      grant: claim.grant,
      validFrom: claim.validFrom,
      validTo: claim.validTo,
      createdAutomatically: before?.created_automatically ?? false,
    };
    recordChange(tx, o.user, {
      clinicId: patient.clinicId,
      entity: 'claim',
      entityId: id,
      action: created ? 'create' : 'update',
      before: before ? { ...claimTermsOf(before), caseId: before.case_id } : null,
      after: {
        patientId: patient.id,
        insurerId: claim.insurerId,
        caseId: claim.caseId,
        grant: claim.grant,
        validFrom: claim.validFrom,
        validTo: claim.validTo,
      },
    });
    await recordAccess(tx, {
      user: o.user,
      clinicId: patient.clinicId,
      patientIds: [patient.id],
      action: 'update_patient',
      what: `krav ${outcome === 'created' ? 'hentet fra' : 'oppdatert fra'} sak ${claim.caseId}`,
      now: o.now,
    });
    return { claim: view, outcome };
  });
}
