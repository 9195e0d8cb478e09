/**
 * The patient details a booking carries beside the clinic's card. The card is the clinic's: a booking never rewrites
 * it, but keeps the name and contact details its booker gave (an insurer's agent may know the patient by another
 * e-mail address than the clinic does, or be wrong). Notifications about the booking go to the booking's details, and
 * the clinic sees where they differ from its card and may take them over.
 */

export const PATIENT_DETAIL_FIELDS = ['name', 'phone', 'email'] as const;
export type PatientDetailField = (typeof PATIENT_DETAIL_FIELDS)[number];

export interface ContactDetails {
  phone: string | null;
  email: string | null;
}

export interface PatientDetailValues extends ContactDetails {
  name: string | null;
}

/**
 * Where a booking's notifications go: the contact details its booker gave, as given (an e-mail address the booker left
 * out is not filled in from the card, which may be another booker's patient's address); the card's only when the
 * booking carries none (bookings from before details were kept, or made without any).
 */
export function bookingContact(booked: ContactDetails, card: ContactDetails): ContactDetails {
  return booked.email || booked.phone
    ? { email: booked.email, phone: booked.phone }
    : { email: card.email, phone: card.phone };
}

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
const same: Record<PatientDetailField, (a: string, b: string) => boolean> = {
  name: sameName,
  // Both are stored normalised (E.164) by the booking schema.
  phone: (a, b) => a.replace(/\s/g, '') === b.replace(/\s/g, ''),
  email: (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase(),
};

/**
 * The fields where a booking's details say something the card does not: a value the booker gave that differs from
 * the card's (or the card has none). A field the booker left out is no difference; neither are letter case and
 * spacing. These are the fields the clinic's «take over» copies to the card.
 */
export function patientDetailDifferences(card: PatientDetailValues, booked: PatientDetailValues): PatientDetailField[] {
  return PATIENT_DETAIL_FIELDS.filter((field) => {
    const given = booked[field];
    if (!given) return false;
    const held = card[field];
    return !held || !same[field](held, given);
  });
}
