import { patientDetailDifferences, type PatientDetailField } from '@bn/domain';

/** One field where a booking's details differ from the clinic's card: what the card holds, what the booker gave. */
export interface DetailDifference {
  field: PatientDetailField;
  card: string | null;
  booking: string;
}

/** Selects an appointment `a`'s booked details and its card `p`'s, for `detailDifferencesOf`. */
export const DETAIL_COLUMNS = `a.booked_name, a.booked_phone, a.booked_email, p.name as card_name, p.phone as card_phone, p.email as card_email`;

type Row = Record<string, unknown>;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

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
