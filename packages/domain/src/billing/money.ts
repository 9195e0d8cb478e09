import { AppError } from '../errors.js';

/**
 * Money is whole øre (1 krone = 100 øre) in safe integers everywhere: prices, line amounts and totals are added as
 * integers, so no sum ever drifts by a rounding error. Only what leaves the system (an EHF document, a screen) turns
 * øre into kroner, here.
 */

/** The most a single amount may be: 100 million kroner, far above any treatment and far below 2^53 øre. */
export const MAX_AMOUNT_ORE = 10_000_000_000;

export function isOre(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_AMOUNT_ORE;
}

/** A price or amount someone typed or sent: NEGATIVE_AMOUNT below zero, BAD_INPUT when not whole øre or too large. */
export function assertOre(value: number, field: string): number {
  if (typeof value === 'number' && value < 0) throw new AppError('NEGATIVE_AMOUNT', { field });
  if (!isOre(value)) throw new AppError('BAD_INPUT', { field });
  return value;
}

/** Adds amounts in øre; the result is checked once more, so a sum can never silently leave the safe range. */
export function sumOre(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) total += a;
  if (!Number.isSafeInteger(total)) throw new RangeError('Sum of øre outside the safe integer range');
  return total;
}

/** Øre as a decimal with exactly two decimals and a point, as EHF/UBL writes amounts: 123450 → "1234.50". */
export function oreToDecimal(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Not whole øre: ${ore}`);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Kroner typed by a person ("1 234,50", "1234.5", "650") as øre; null when it is not an amount with at most two
 * decimals. A minus sign is kept, so that the caller refuses it with NEGATIVE_AMOUNT rather than "not a number".
 */
export function parseKroner(text: string): number | null {
  const compact = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/kr$/i, '')
    .replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!m) return null;
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return m[1] ? -ore : ore;
}

const nb = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', minimumFractionDigits: 2 });
const en = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'NOK', minimumFractionDigits: 2 });

/** For people: 123450 → "1 234,50 kr" (nb) or "NOK 1,234.50" (en). Exact: formatted from the decimal string. */
export function formatOre(ore: number, locale: 'nb' | 'en' = 'nb'): string {
  // Intl formats a decimal string exactly (no binary floating point on the way).
  return (locale === 'nb' ? nb : en).format(oreToDecimal(ore) as `${number}`);
}
