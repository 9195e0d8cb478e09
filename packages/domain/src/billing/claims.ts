import { AppError } from '../errors.js';
import type { ClaimType } from '../booking/constants.js';
import { claimTariffKey } from './tariff-code.js';

/**
 * P2: what an insurance claim grants and when it is valid, and how many treatments billing has used. A claim with a
 * case id (imported from the insurer's case, or created by a booking — K5 — and completed from the case) and one made
 * by hand are the same kind of claim: the rules below never ask where it came from.
 */

/** "a total count": N treatments of any insurance tariff; "a count per treatment type": N per tariff code. */
export type ClaimGrant =
  | { type: Extract<ClaimType, 'total'>; treatments: number }
  | { type: Extract<ClaimType, 'per_treatment_type'>; treatments: Readonly<Record<string, number>> };

/** The facts of a claim the billing rules read. Dates are Oslo calendar dates, YYYY-MM-DD, both ends inclusive. */
export interface ClaimTerms {
  /** Null while the claim's type and numbers are unknown: a K5 claim whose case has not been looked up yet. */
  grant: ClaimGrant | null;
  /** Null: open at that end (a case without an end date). */
  validFrom: string | null;
  validTo: string | null;
}

export type ClaimValidity = 'valid' | 'not_yet_valid' | 'expired';

/** Whether a claim covers a date (the treatment date when billing, today on the patient card). */
export function claimValidityOn(claim: Pick<ClaimTerms, 'validFrom' | 'validTo'>, date: string): ClaimValidity {
  if (claim.validFrom !== null && date < claim.validFrom) return 'not_yet_valid';
  if (claim.validTo !== null && date > claim.validTo) return 'expired';
  return 'valid';
}

/** The claim's grant, or CLAIM_INCOMPLETE: nothing is billed on a claim whose numbers nobody knows. */
export function grantOf(claim: ClaimTerms): ClaimGrant {
  if (claim.grant === null) throw new AppError('CLAIM_INCOMPLETE');
  return claim.grant;
}

/**
 * The insurance tariff codes one billed card counts on a claim: a total-count claim counts one treatment per card
 * (whatever insurance lines it has), so it answers the one pseudo-code `*`; a per-type claim counts one treatment per
 * insurance tariff on the card (a line's quantity does not multiply it: one card is one treatment).
 */
export const TOTAL_COUNT_KEY = '*';

export function countedKeys(grant: ClaimGrant, insuranceTariffCodes: readonly string[]): string[] {
  if (grant.type === 'total') return [TOTAL_COUNT_KEY];
  return [...new Set(insuranceTariffCodes.map(claimTariffKey))];
}

/** The insurance tariffs a claim pays for, as `claimTariff` (billing-card.ts) takes them: any for a total count or an unknown grant. */
export function coveredCodes(grant: ClaimGrant | null): readonly string[] | 'any' {
  return grant === null || grant.type === 'total' ? 'any' : Object.keys(grant.treatments).map(claimTariffKey);
}

export interface TariffUsage {
  /** The tariff code, or `*` for a total-count claim. */
  key: string;
  granted: number;
  used: number;
  remaining: number;
}

/** A billing card as far as the claim's count is concerned. Credited cards gave their treatment back. */
export interface CountedCard {
  status: 'draft' | 'billed' | 'credited';
  insuranceTariffCodes: readonly string[];
}

/**
 * Used and remaining treatments, derived from the claim's cards rather than kept in a counter: billing a card counts
 * it, crediting gives the treatment back, and nothing else can make the two disagree. A per-type claim lists its
 * granted tariffs in their given order, then any code that was billed without a grant (granted 0) so that it shows.
 */
export function claimUsage(grant: ClaimGrant, cards: readonly CountedCard[]): TariffUsage[] {
  const used = new Map<string, number>();
  for (const card of cards) {
    if (card.status !== 'billed') continue;
    for (const key of countedKeys(grant, card.insuranceTariffCodes)) used.set(key, (used.get(key) ?? 0) + 1);
  }
  const granted: [string, number][] =
    grant.type === 'total'
      ? [[TOTAL_COUNT_KEY, grant.treatments]]
      : Object.entries(grant.treatments).map(([code, n]) => [claimTariffKey(code), n]);
  const rows = granted.map(([key, n]) => row(key, n, used.get(key) ?? 0));
  for (const [key, n] of used) if (!granted.some(([k]) => k === key)) rows.push(row(key, 0, n));
  return rows;
}

const row = (key: string, granted: number, used: number): TariffUsage => ({
  key,
  granted,
  used,
  remaining: Math.max(0, granted - used),
});

export interface ClaimCheckOptions {
  claim: ClaimTerms;
  /** The other cards on this claim (the card being billed left out). */
  otherCards: readonly CountedCard[];
  /** The insurance tariff codes on the card being billed. */
  insuranceTariffCodes: readonly string[];
  /** Oslo date of the treatment (the appointment's start). */
  treatmentDate: string;
}

/**
 * P1 at billing: the claim must be complete, valid on the treatment date, cover each insurance tariff on the card and
 * have a treatment left for it. Returns the keys the card will count. Each refusal is its own code, with the tariff
 * in `details` where one tariff is the reason.
 */
export function checkClaimForBilling({
  claim,
  otherCards,
  insuranceTariffCodes,
  treatmentDate,
}: ClaimCheckOptions): string[] {
  const grant = grantOf(claim);
  const validity = claimValidityOn(claim, treatmentDate);
  if (validity !== 'valid') {
    throw new AppError('CLAIM_NOT_VALID_ON_DATE', {
      treatmentDate,
      validFrom: claim.validFrom,
      validTo: claim.validTo,
      validity,
    });
  }
  if (insuranceTariffCodes.length === 0) throw new AppError('CARD_NO_INSURANCE_TARIFF');
  const keys = countedKeys(grant, insuranceTariffCodes);
  const usage = claimUsage(grant, otherCards);
  for (const key of keys) {
    const u = usage.find((r) => r.key === key);
    if (!u || u.granted === 0) throw new AppError('CLAIM_TARIFF_NOT_COVERED', { tariffCode: key });
    if (u.remaining < 1) {
      throw new AppError(
        'CLAIM_EXHAUSTED',
        key === TOTAL_COUNT_KEY ? { granted: u.granted } : { tariffCode: key, granted: u.granted },
      );
    }
  }
  return keys;
}

/**
 * P2: a claim linked to an unbilled billing card cannot be deleted. We also keep a claim that a billed (not credited)
 * card counts on: that card's invoice names the claim's case id, and its treatment would silently vanish from the
 * count. Crediting the card first gives the treatment back and frees the claim.
 */
export function assertClaimDeletable(cards: readonly Pick<CountedCard, 'status'>[]): void {
  const blocking = cards.filter((c) => c.status !== 'credited');
  if (blocking.length > 0) {
    throw new AppError('CLAIM_IN_USE', {
      draftCards: blocking.filter((c) => c.status === 'draft').length,
      billedCards: blocking.filter((c) => c.status === 'billed').length,
    });
  }
}
