// Rules broken across rows: collected as { path, message } issues and thrown as one VALIDATION error, so the client
// shows each message next to its field (docs/configuration-api.md).
import { AppError, ERROR_CODES, type SessionUser } from '@bn/domain';
import { canReadClinic } from './scope.js';

export interface Issue {
  path: (string | number)[];
  message: string;
}

export function validationError(issues: Issue[]): AppError {
  const message = issues.length === 1 ? issues[0]!.message : ERROR_CODES.VALIDATION.nb;
  return new AppError('VALIDATION', message, { issues });
}

export function assertNoIssues(issues: readonly (Issue | null)[]): void {
  const found = issues.filter((i): i is Issue => i !== null);
  if (found.length > 0) throw validationError(found);
}

export interface ReferenceLabels {
  /** Shown when the referenced row does not exist, e.g. «Fant ikke behandleren.» */
  missing: string;
  /** Shown when it exists in another clinic the user may also change, e.g. «Behandleren hører til en annen klinikk.» */
  otherClinic: string;
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
  labels: ReferenceLabels,
): Issue | null {
  if (!ref) return { path, message: labels.missing };
  if (ref.clinicId === clinicId) return null;
  assertNotSmuggled(user, ref.clinicId);
  return { path, message: labels.otherClinic };
}

/** An id of a row in a clinic the user may not touch is refused as a whole, whatever else is wrong. */
export function assertNotSmuggled(user: SessionUser, refClinicId: string): void {
  if (!canReadClinic(user, refClinicId)) throw new AppError('FORBIDDEN');
}

/** A saved row keeps its clinic: moving it would carry its rules, templates and audit trail to another clinic. */
export function assertSameParent(before: string, after: string, field: string, message: string): void {
  if (before !== after) throw validationError([{ path: [field], message }]);
}
