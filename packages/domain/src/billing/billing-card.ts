import { AppError } from '../errors.js';
import type { TariffKind } from '../config/tariffs.js';
import { assertOre, sumOre } from './money.js';
import { normaliseTariffCode, sameTariffCode } from './tariff-code.js';

/**
 * P1 and T4's billing half: the lines of a billing card (regningskort) while it is a draft. Every function returns a
 * new card and leaves its argument alone, so the editor in the admin SPA and the server's use cases run the same
 * code and a refused edit changes nothing.
 */

export const BILLING_CARD_STATUSES = ['draft', 'billed', 'credited'] as const;
export type BillingCardStatus = (typeof BILLING_CARD_STATUSES)[number];

/** A line's quantity: Helfo's time supplements (A3b) are billed several times on one card; 99 stops typing errors. */
export const MAX_LINE_QUANTITY = 99;

export interface BillingTariff {
  code: string;
  name: string;
  kind: TariffKind;
}

export interface BillingLine extends BillingTariff {
  /** Price per unit in øre, from the clinic's price list (Helfo, own) or the agreement (B-tariffs); null: none set. */
  priceOre: number | null;
  quantity: number;
}

export interface BillingCardLines {
  status: BillingCardStatus;
  /** The insurance claim on the card; without one the patient pays (K6). */
  claimId: string | null;
  lines: readonly BillingLine[];
}

/** A price lookup: the clinic's price list for Helfo and own tariffs, the agreement's price for a B-tariff. */
export type PriceOf = (tariff: BillingTariff) => number | null;

/** P1: Helfo tariffs first; the other lines keep the order they came in (the rule's order, then what was added). */
export function orderBillingLines<L extends Pick<BillingLine, 'kind'>>(lines: readonly L[]): L[] {
  return [...lines.filter((l) => l.kind === 'helfo'), ...lines.filter((l) => l.kind !== 'helfo')];
}

/**
 * A new card's lines from the appointment type's rule (T4: any mix of tariffs, in any order): its Helfo tariffs
 * first, then its own tariffs. Insurance tariffs wait for a claim — attaching the claim brings its tariff (P1).
 */
export function initialBillingLines(ruleTariffs: readonly BillingTariff[], priceOf: PriceOf): BillingLine[] {
  const lines: BillingLine[] = [];
  for (const t of ruleTariffs) {
    if (t.kind === 'insurance' || lines.some((l) => sameCode(l.code, t.code))) continue;
    lines.push(newLine(t, priceOf(t)));
  }
  return orderBillingLines(lines);
}

/**
 * The insurance tariff a claim brings onto the card: the tariff the appointment was booked with when the claim
 * covers it, otherwise the first insurance tariff of the type's rule the claim covers; null when none does (the
 * clinic then adds one by hand, and billing waits for it). A claim whose grant is not known yet covers any.
 */
export function claimTariff(options: {
  coveredCodes: readonly string[] | 'any';
  bookedTariff: BillingTariff | null;
  ruleTariffs: readonly BillingTariff[];
}): BillingTariff | null {
  const candidates = [options.bookedTariff, ...options.ruleTariffs].filter(
    (t): t is BillingTariff => t !== null && t.kind === 'insurance',
  );
  const covered = options.coveredCodes;
  return candidates.find((t) => covered === 'any' || covered.some((c) => sameCode(c, t.code))) ?? null;
}

/** P1: the claim goes on the card and brings its insurance tariff; a previous claim's insurance lines go. */
export function attachClaim<C extends BillingCardLines>(
  card: C,
  claimId: string,
  tariff: BillingTariff | null,
  priceOre: number | null,
): C {
  assertDraft(card);
  const kept = card.lines.filter((l) => l.kind !== 'insurance');
  const lines = tariff ? [...kept, newLine(tariff, priceOre)] : kept;
  return { ...card, claimId, lines: orderBillingLines(lines) };
}

/** Without a claim the patient pays, and insurance tariffs have no one to invoice: they leave with the claim. */
export function detachClaim<C extends BillingCardLines>(card: C): C {
  assertDraft(card);
  return { ...card, claimId: null, lines: card.lines.filter((l) => l.kind !== 'insurance') };
}

/** Adds a tariff; the same tariff again adds to its quantity. An insurance tariff needs a claim on the card. */
export function addBillingLine<C extends BillingCardLines>(
  card: C,
  tariff: BillingTariff,
  priceOre: number | null,
  quantity = 1,
): C {
  assertDraft(card);
  if (tariff.kind === 'insurance' && card.claimId === null)
    throw new AppError('INSURANCE_TARIFF_NEEDS_CLAIM', { tariffCode: tariff.code });
  const existing = card.lines.find((l) => sameCode(l.code, tariff.code));
  if (existing) return setLineQuantity(card, tariff.code, existing.quantity + quantity);
  return { ...card, lines: orderBillingLines([...card.lines, newLine(tariff, priceOre, quantity)]) };
}

/** P1: the clinic removes the tariffs that do not apply — any line, Helfo ones too. */
export function removeBillingLine<C extends BillingCardLines>(card: C, code: string): C {
  assertDraft(card);
  lineOf(card, code);
  return { ...card, lines: card.lines.filter((l) => !sameCode(l.code, code)) };
}

export function setLinePrice<C extends BillingCardLines>(card: C, code: string, priceOre: number): C {
  assertDraft(card);
  lineOf(card, code);
  assertOre(priceOre, 'priceOre');
  return { ...card, lines: card.lines.map((l) => (sameCode(l.code, code) ? { ...l, priceOre } : l)) };
}

export function setLineQuantity<C extends BillingCardLines>(card: C, code: string, quantity: number): C {
  assertDraft(card);
  lineOf(card, code);
  assertQuantity(quantity);
  return { ...card, lines: card.lines.map((l) => (sameCode(l.code, code) ? { ...l, quantity } : l)) };
}

/** A line's amount in øre: unit price × quantity; null while the price is missing. */
export function lineAmountOre(line: Pick<BillingLine, 'priceOre' | 'quantity'>): number | null {
  return line.priceOre === null ? null : line.priceOre * line.quantity;
}

export interface BillingTotals {
  /** Sum of the priced lines, in øre. */
  totalOre: number;
  /** Codes of lines without a price: the total is not final while any is listed. */
  unpricedCodes: string[];
  /** Who pays the card: the insurer of the claim, or the patient (K6). */
  payer: 'insurer' | 'patient';
}

export function billingTotals(card: Pick<BillingCardLines, 'claimId' | 'lines'>): BillingTotals {
  return {
    totalOre: sumOre(card.lines.map((l) => lineAmountOre(l) ?? 0)),
    unpricedCodes: card.lines.filter((l) => l.priceOre === null).map((l) => l.code),
    payer: card.claimId === null ? 'patient' : 'insurer',
  };
}

/** A billed card is never edited: it is credited and a new card made. */
export function assertDraft(card: Pick<BillingCardLines, 'status'>): void {
  if (card.status !== 'draft') throw new AppError('CARD_ALREADY_BILLED', { status: card.status });
}

export function assertQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
    throw new AppError('INVALID_QUANTITY', { quantity, max: MAX_LINE_QUANTITY });
  }
}

function newLine(tariff: BillingTariff, priceOre: number | null, quantity = 1): BillingLine {
  if (priceOre !== null) assertOre(priceOre, 'priceOre');
  assertQuantity(quantity);
  return { code: normaliseTariffCode(tariff.code), name: tariff.name, kind: tariff.kind, priceOre, quantity };
}

function lineOf(card: BillingCardLines, code: string): BillingLine {
  const line = card.lines.find((l) => sameCode(l.code, code));
  if (!line) throw new AppError('NOT_FOUND', { tariffCode: code });
  return line;
}

const sameCode = sameTariffCode;
