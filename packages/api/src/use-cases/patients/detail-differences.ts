import { patientDetailDifferences, type PatientDetailField } from '@bn/domain';

/** One field where a booking's details differ from the clinic's card: what the card holds, what the booker gave. */
export interface DetailDifference {
  field: PatientDetailField;
  card: string | null;
  booking: string;
}

type Row = Partial<
  Record<'booked_name' | 'booked_phone' | 'booked_email' | 'card_name' | 'card_phone' | 'card_email', string | null>
>;
const text = (v: string | null | undefined) => v ?? null;

/**
 * Where the booking's details differ from the card, field by field (the domain's rule, `patientDetailDifferences`).
 * Only the differing values leave the server: a calendar or card shows the difference, not every booker's details.
 */
export function detailDifferencesOf(r: Row): DetailDifference[] {
  const card = { name: text(r.card_name), phone: text(r.card_phone), email: text(r.card_email) };
  const booked = { name: text(r.booked_name), phone: text(r.booked_phone), email: text(r.booked_email) };
  if (!card.name) return [];
  return patientDetailDifferences(card, booked).map((field) => ({ field, card: card[field], booking: booked[field]! }));
}
