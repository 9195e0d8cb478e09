// Rules broken across rows: collected as { path, code, values } issues and thrown as one VALIDATION error, so the
// client shows each issue's sentence next to its field (docs/configuration-api.md).
import { AppError, type InputIssue, type InputIssueCode, type SessionUser } from '@bn/domain';
import { canReadClinic } from './scope.js';

export type Issue = InputIssue;

export function validationError(issues: readonly Issue[]): AppError {
  return new AppError('VALIDATION', undefined, issues);
}

export function assertNoIssues(issues: readonly (Issue | null)[]): void {
  const found = issues.filter((i): i is Issue => i !== null);
  if (found.length > 0) throw validationError(found);
}

export interface ReferenceCodes {
  /** When the referenced row does not exist, e.g. `practitioner.not_found` («Fant ikke behandleren.»). */
  missing: InputIssueCode;
  /** When it exists in another clinic the user may also change, e.g. `book.owner_other_clinic`. */
  otherClinic: InputIssueCode;
}

/**
 * An id in the input that points at a row of a clinic. A row of a clinic the user may not touch is FORBIDDEN (a
 * smuggled id must not be told apart from a refusal); a missing row or a row of another of the user's clinics is a
 * field issue.
 */
export function referenceIssue(
  user: SessionUser,
  clinicId: string,
  ref: { clinicId: string } | null,
  path: Issue['path'],
  codes: ReferenceCodes,
): Issue | null {
  if (!ref) return { path, code: codes.missing };
  if (ref.clinicId === clinicId) return null;
  assertNotSmuggled(user, ref.clinicId);
  return { path, code: codes.otherClinic };
}

/** An id of a row in a clinic the user may not touch is refused as a whole, whatever else is wrong. */
export function assertNotSmuggled(user: SessionUser, refClinicId: string): void {
  if (!canReadClinic(user, refClinicId)) throw new AppError('FORBIDDEN');
}

/** A saved row keeps its clinic: moving it would carry its rules, templates and audit trail to another clinic. */
export function assertSameParent(before: string, after: string, field: string, code: InputIssueCode): void {
  if (before !== after) throw validationError([{ path: [field], code }]);
}
