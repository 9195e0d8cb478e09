import { z } from 'zod';
import { idSchema } from '../ids.js';
import { textSchema } from '../text.js';
import { issue } from '../input-issues.js';

/** The longest a clinic's phone number may be typed (+47 with spaces between every digit pair fits). */
export const CLINIC_PHONE_MAX_LENGTH = 20;

/**
 * A Norwegian phone number as typed: eight digits, the first 2–9 (landlines 2, 3, 5, 6, 7; mobiles 4, 9; 8xx
 * numbers), optionally after +47 or 0047, with spaces, dots or dashes between. The number as stored (+47XXXXXXXX),
 * or null when it is not one.
 */
export function normaliseNorwegianPhone(value: string): string | null {
  const compact = value.trim().replace(/[\s.-]/g, '');
  const match = /^(?:\+47|0047)?([2-9]\d{7})$/.exec(compact);
  return match ? `+47${match[1]}` : null;
}

/** As Norwegians write it: mobiles (4, 9) «912 34 567», other numbers «22 12 34 56». */
export function formatNorwegianPhone(stored: string): string {
  const d = stored.replace(/^\+47/, '');
  if (!/^\d{8}$/.test(d)) return stored;
  return d.startsWith('4') || d.startsWith('9')
    ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`
    : `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`;
}

/** A clinic's phone number (set by its admin, shown to agents): empty clears it; stored as +47XXXXXXXX. */
export const clinicPhoneSchema = textSchema
  .trim()
  .max(CLINIC_PHONE_MAX_LENGTH)
  // Too long is said once, by the bound.
  .refine(
    (s) => s === '' || s.length > CLINIC_PHONE_MAX_LENGTH || normaliseNorwegianPhone(s) !== null,
    issue('clinic_phone.invalid'),
  )
  .transform((s) => (s === '' ? null : normaliseNorwegianPhone(s)));

export const clinicPhoneInputSchema = z.object({ clinicId: idSchema, phone: clinicPhoneSchema.nullable() });
export type ClinicPhoneInput = z.infer<typeof clinicPhoneInputSchema>;
