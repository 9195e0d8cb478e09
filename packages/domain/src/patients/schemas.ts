import { z } from 'zod';
import { idSchema } from '../ids.js';
import { emailSchema } from '../auth.js';
import { textSchema } from '../text.js';
import { nationalIdSchema } from '../validators/national-id.js';
import { BOOKING_TEXT_LIMITS, phoneSchema } from '../booking/schemas.js';
import { issue } from '../input-issues.js';

/**
 * Inputs of the clinic's patient list (the admin app's «Pasienter»): the search and a card the clinic makes itself.
 * The admin app's forms check with these very schemas.
 */

/** The most patients one search answers; a clinic narrows the words rather than pages through its patient list. */
export const PATIENT_SEARCH_LIMIT = 50;

/** A name (or part of it), a phone number or a national identity number (or its first digits): at least 2 characters. */
export const patientSearchInput = z.object({
  clinicId: idSchema,
  query: textSchema.trim().min(2).max(100),
});
export type PatientSearchInput = z.infer<typeof patientSearchInput>;

/**
 * A card made by the clinic: contact details are optional here (the clinic knows its patient; a booker must give one).
 * The form sends null for a field left empty.
 */
export const createPatientInput = z.object({
  clinicId: idSchema,
  nationalId: nationalIdSchema,
  name: textSchema.trim().min(2, issue('patient.name_required')).max(BOOKING_TEXT_LIMITS.patientName),
  phone: phoneSchema.nullish().transform((s) => s ?? null),
  email: emailSchema.nullish().transform((s) => s ?? null),
});
export type CreatePatientInput = z.input<typeof createPatientInput>;
