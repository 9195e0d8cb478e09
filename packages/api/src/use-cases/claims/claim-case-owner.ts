import { claimCaseOwnerNow, type CaseOwner, type EntityManager } from '@bn/db';
import { AppError } from '@bn/domain';

export type CaseOwnerOptions = CaseOwner;

/** The refusal, with the field it belongs to, so any client can show it beside the case id. */
export function caseIdOtherPatient(): AppError {
  return new AppError('CASE_ID_OTHER_PATIENT', undefined, [{ path: ['caseId'], code: 'case_id.other_patient' }]);
}

/**
 * Whether the case id is this patient's (@bn/db's `claimCaseOwner`, the confirmation's own fragment) as a statement of its own, in the caller's transaction (the row stays locked until it ends):
 * CASE_ID_OTHER_PATIENT when the case id is another patient's.
 */
export async function assertCaseOwner(tx: EntityManager, options: CaseOwnerOptions): Promise<void> {
  if (!options.caseId) return;
  if (!(await claimCaseOwnerNow(tx, options))) throw caseIdOtherPatient();
}
