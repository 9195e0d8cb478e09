import { textSchema } from '../text.js';
import { issue } from '../input-issues.js';

/**
 * The insurer's case id (SakID), e.g. `6QPTR`: a short alphanumeric token, case-insensitive, stored upper-case.
 * Its length is not fixed by anyone we know of, so the bounds are generous and named, not hard-coded at call sites.
 */
export const CASE_ID_MIN_LENGTH = 3;
export const CASE_ID_MAX_LENGTH = 20;

const CASE_ID = new RegExp(`^[A-Za-z0-9]{${CASE_ID_MIN_LENGTH},${CASE_ID_MAX_LENGTH}}$`);

export function normaliseCaseId(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

export function isValidCaseId(value: string): boolean {
  return CASE_ID.test(value.replace(/\s/g, ''));
}

export const caseIdSchema = textSchema
  .transform((s) => s.replace(/\s/g, ''))
  .refine((s) => CASE_ID.test(s), issue('case_id.format', { min: CASE_ID_MIN_LENGTH, max: CASE_ID_MAX_LENGTH }))
  .transform((s) => s.toUpperCase());
