import type { ClaimGrant } from '@bn/domain';

/** A claim as the claim mutations answer it (the patient card lists the same facts). */
export interface ClaimView {
  id: string;
  patientId: string;
  insurerId: string;
  caseId: string | null;
  caseNumber: string | null;
  grant: ClaimGrant;
  validFrom: string;
  validTo: string | null;
  /** Made by a booking (K5); still true after the case completed it. */
  createdAutomatically: boolean;
}
