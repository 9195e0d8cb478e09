import { text } from '../text.js';
import { customIssue } from '../input-issues.js';

/**
 * Norwegian national identity numbers (11 digits, DDMMYY III K1 K2): fødselsnummer, D-number (first digit + 4),
 * H-number (third digit + 4) and synthetic test numbers (month + 40 or + 80). Both check digits are verified, with
 * the 2032 rule for K1 (Skatteetaten: the remainder may be 0, 1, 2 or 3, so K1 may take up to four values; K2 is as
 * before), and the birth date is read with the century the individual number gives.
 */
export const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
export const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export type NationalIdKind = 'fnr' | 'd_number' | 'h_number';

export interface ValidNationalId {
  valid: true;
  /** The 11 digits, spaces removed. */
  value: string;
  kind: NationalIdKind;
  /** A synthetic test number (month + 80; month + 40 is read as an H-number, the same encoding). */
  synthetic: boolean;
  /** YYYY-MM-DD. For numbers issued under the 2032 rule the register, not the number, is the authority. */
  birthDate: string;
  /** 'classic': K1 has remainder 0; '2032': remainder 1–3, only valid for numbers issued from 2032. */
  checkRule: 'classic' | '2032';
}

export type NationalIdProblem = 'format' | 'check_digits' | 'date' | 'individual_number';

/** Why a number is refused; each is worded as the issue `national_id.<problem>` and the error INVALID_NATIONAL_ID. */
export interface InvalidNationalId {
  valid: false;
  problem: NationalIdProblem;
}

const weighted = (digits: readonly number[], weights: readonly number[]) =>
  weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);

/** The remainder of K1's check, (Σ weights · digits + K1) mod 11: 0 classic, 1–3 allowed from 2032, otherwise invalid. */
export function k1Remainder(digits: readonly number[]): number {
  return (weighted(digits, K1_WEIGHTS) + digits[9]!) % 11;
}

/** K2 = 11 − (Σ weights · first ten digits mod 11); 11 → 0; 10 → no valid K2 (null). */
export function expectedK2(firstTen: readonly number[]): number | null {
  const k = 11 - (weighted(firstTen, K2_WEIGHTS) % 11);
  return k === 11 ? 0 : k === 10 ? null : k;
}

/** The K1 values allowed for nine digits: the classic one first, then the 2032 ones; never 10. */
export function allowedK1(firstNine: readonly number[]): number[] {
  const sum = weighted(firstNine, K1_WEIGHTS);
  const out: number[] = [];
  for (let remainder = 0; remainder <= 3; remainder++) {
    const k = (((remainder - sum) % 11) + 11) % 11;
    if (k <= 9) out.push(k);
  }
  return out;
}

/** The century of a two-digit year from the individual number; null when the pair was never issued. */
export function centuryOf(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  if (individual >= 900 && yy >= 40) return 1900;
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseNationalId(input: string): ValidNationalId | InvalidNationalId {
  const value = input.replace(/\s/g, '');
  const invalid = (problem: NationalIdProblem): InvalidNationalId => ({ valid: false, problem });
  if (!/^\d{11}$/.test(value)) return invalid('format');
  const d = [...value].map(Number);

  const remainder = k1Remainder(d);
  if (remainder > 3 || expectedK2(d.slice(0, 10)) !== d[10]) return invalid('check_digits');

  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const yy = d[4]! * 10 + d[5]!;
  const individual = d[6]! * 100 + d[7]! * 10 + d[8]!;
  let kind: NationalIdKind = 'fnr';
  let synthetic = false;
  if (day > 40) {
    day -= 40;
    kind = 'd_number';
  }
  if (month > 80) {
    month -= 80;
    synthetic = true;
  } else if (month > 40) {
    month -= 40;
    if (kind === 'fnr') kind = 'h_number';
    else synthetic = true; // a D-number cannot also be an H-number: the month offset marks a test number
  }
  const century = centuryOf(individual, yy);
  if (century === null) return invalid('individual_number');
  const year = century + yy;
  if (!isCalendarDate(year, month, day)) return invalid('date');
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, value, kind, synthetic, birthDate, checkRule: remainder === 0 ? 'classic' : '2032' };
}

export function isValidNationalId(input: string): boolean {
  return parseNationalId(input).valid;
}

/** A national identity number in a form: spaces removed, verified, the 11 digits kept. */
export const nationalIdSchema = text('national_id.required')
  .transform((s) => s.replace(/\s/g, ''))
  .superRefine((value, ctx) => {
    if (value === '') return ctx.addIssue(customIssue([], 'national_id.required'));
    const parsed = parseNationalId(value);
    if (!parsed.valid) ctx.addIssue(customIssue([], `national_id.${parsed.problem}`));
  });

/** Hides all but the birth date part, for places that must show which number was used: 010190*****. */
export function maskNationalId(value: string): string {
  return value.length === 11 ? `${value.slice(0, 6)}*****` : '***********';
}
