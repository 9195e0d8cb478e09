import { AppError } from '../errors.js';
import { assertDraft, billingTotals, type BillingCardLines } from './billing-card.js';
import { checkClaimForBilling, type ClaimTerms, type CountedCard } from './claims.js';

/**
 * P1: a card's life. One card per appointment (a credited card makes room for its replacement); draft → billed, where
 * billing counts one treatment on the claim; billed → credited, where the credit note gives the treatment back.
 */

export interface BillableAppointment {
  clinicId: string;
  kind: 'booking' | 'hold' | 'block';
  status: 'active' | 'cancelled' | 'no_show';
}

/** Whether the clinic charges for late cancellations and no-shows (a clinic setting). */
export interface ClinicCharges {
  cancellation: boolean;
  noShow: boolean;
}

/**
 * A card may be made for a booking of the clinic's own — also a cancelled one or a no-show when the clinic charges
 * for them — that has no card yet, or only credited ones.
 */
export function assertCardCreatable(options: {
  appointment: BillableAppointment;
  clinicId: string;
  charges: ClinicCharges;
  existingCards: readonly Pick<CountedCard, 'status'>[];
}): void {
  const { appointment, clinicId, charges, existingCards } = options;
  if (appointment.clinicId !== clinicId) throw new AppError('APPOINTMENT_OTHER_CLINIC');
  if (appointment.kind !== 'booking') throw new AppError('APPOINTMENT_NOT_BILLABLE', { reason: 'not_a_booking' });
  if (appointment.status === 'cancelled' && !charges.cancellation) {
    throw new AppError('APPOINTMENT_NOT_BILLABLE', { reason: 'cancelled_without_charge' });
  }
  if (appointment.status === 'no_show' && !charges.noShow)
    throw new AppError('APPOINTMENT_NOT_BILLABLE', { reason: 'no_show_without_charge' });
  if (existingCards.some((c) => c.status !== 'credited')) throw new AppError('CARD_ALREADY_EXISTS');
}

export interface BillingCheckOptions {
  card: BillingCardLines;
  /** The card's claim, with the other cards that count on it; null when the card has none. */
  claim: { terms: ClaimTerms; otherCards: readonly CountedCard[] } | null;
  /** Oslo date of the treatment. */
  treatmentDate: string;
}

export interface BillingDecision {
  totalOre: number;
  payer: 'insurer' | 'patient';
  /** What the card counts on its claim: tariff codes for a per-type claim, `*` for a total-count one; empty without a claim. */
  countedKeys: string[];
}

/**
 * P1's checks before a card is billed, in the order a person fixes them: the card is a draft with lines, every line
 * has a price, insurance tariffs have a claim, and the claim allows the treatment (see checkClaimForBilling).
 */
export function checkCardForBilling({ card, claim, treatmentDate }: BillingCheckOptions): BillingDecision {
  assertDraft(card);
  if (card.lines.length === 0) throw new AppError('CARD_EMPTY');
  const totals = billingTotals(card);
  if (totals.unpricedCodes.length > 0)
    throw new AppError('TARIFF_PRICE_MISSING', { tariffCodes: totals.unpricedCodes });
  const insuranceCodes = card.lines.filter((l) => l.kind === 'insurance').map((l) => l.code);
  if ((card.claimId === null) !== (claim === null))
    throw new Error('checkCardForBilling: the claim given must be the card’s own');
  if (claim === null) {
    if (insuranceCodes.length > 0)
      throw new AppError('INSURANCE_TARIFF_NEEDS_CLAIM', { tariffCode: insuranceCodes[0]! });
    return { totalOre: totals.totalOre, payer: 'patient', countedKeys: [] };
  }
  const countedKeys = checkClaimForBilling({
    claim: claim.terms,
    otherCards: claim.otherCards,
    insuranceTariffCodes: insuranceCodes,
    treatmentDate,
  });
  return { totalOre: totals.totalOre, payer: 'insurer', countedKeys };
}

/** Only a billed card is credited, once; the credit note is for the billed card's lines exactly. */
export function assertCreditable(card: Pick<BillingCardLines, 'status'>): void {
  if (card.status === 'draft') throw new AppError('CARD_NOT_BILLED');
  if (card.status === 'credited') throw new AppError('CARD_ALREADY_CREDITED');
}
