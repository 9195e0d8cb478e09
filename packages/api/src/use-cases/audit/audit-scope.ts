import type { SessionUser } from '@bn/domain';

/**
 * Entries about a patient's record (a claim, a billing card: case ids, grants, the tariffs a patient was treated
 * with) are health data. The clinic's own admins see them in the history; support and the network operator, who
 * read the history to help with a clinic's set-up, see its configuration only.
 */
const PATIENT_RECORD_AUDIT_ENTITIES = ['claim', 'billingCard'] as const;

/** The kinds of entry this user may not read in a clinic's history (the clinic access itself is checked apart). */
export function hiddenAuditEntities(user: SessionUser): readonly string[] {
  return user.role === 'clinic_admin' ? [] : PATIENT_RECORD_AUDIT_ENTITIES;
}
