// Reading a patient card: which bookings a claim covers, whether the claim is valid today, and which bookings the
// patient pays for (K6). The card's bookings carry the case id they were booked with (K5), so a claim with a case id
// covers the bookings of the same insurer with the same case id; a claim without one is linked to bookings by hand
// on the billing card, which this screen does not show.

export interface CardBooking {
  id: string;
  caseId: string | null;
  insurerName: string | null;
  paidByPatient: boolean;
  status: string;
}

export interface CardClaim {
  caseId: string | null;
  insurerName: string;
  validFrom: string | null;
  validTo: string | null;
}

/** Case ids are case-insensitive (DOMAIN: a short alphanumeric token). */
const sameCase = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

export function bookingsOfClaim<B extends CardBooking>(claim: CardClaim, bookings: readonly B[]): B[] {
  const caseId = claim.caseId;
  if (!caseId) return [];
  return bookings.filter((b) => b.caseId !== null && sameCase(b.caseId, caseId) && b.insurerName === claim.insurerName);
}

export type ClaimValidity = 'valid' | 'expired' | 'upcoming' | 'open';

/** `open`: no period recorded (a claim from a case id); otherwise today (YYYY-MM-DD) against the period, inclusive. */
export function claimValidity(claim: CardClaim, today: string): ClaimValidity {
  if (!claim.validFrom && !claim.validTo) return 'open';
  if (claim.validFrom && today < claim.validFrom) return 'upcoming';
  if (claim.validTo && today > claim.validTo) return 'expired';
  return 'valid';
}

/** K6: bookings made without a claim, which the patient pays; cancelled ones are left out. */
export function selfPaidBookings<B extends CardBooking>(bookings: readonly B[]): B[] {
  return bookings.filter((b) => b.paidByPatient && b.status !== 'cancelled');
}
