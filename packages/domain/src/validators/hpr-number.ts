import { textSchema } from '../text.js';
import { issue } from '../input-issues.js';

/** HPR number (Helsepersonellregisteret): a positive integer of up to 9 digits, written without spaces. */
export function isValidHprNumber(value: string): boolean {
  return /^[1-9]\d{3,8}$/.test(value.trim());
}

export const hprNumberSchema = textSchema.trim().refine(isValidHprNumber, issue('hpr_number.invalid'));
