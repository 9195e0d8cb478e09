import { textSchema } from '../text.js';
import { issue } from '../input-issues.js';

/** Norwegian organisation number: 9 digits, mod-11 check digit with weights 3,2,7,6,5,4,3,2. */
export function isValidOrgNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  if (check === 10) return false;
  return check === Number(digits[8]);
}

export const orgNumberSchema = textSchema
  .transform((s) => s.replace(/\s/g, ''))
  .refine(isValidOrgNumber, issue('org_number.invalid'));
