import { z } from 'zod';
import { idSchema } from '../ids.js';
import { emailSchema } from '../auth.js';
import { caseIdSchema } from '../validators/case-id.js';
import { nationalIdSchema } from '../validators/national-id.js';
import { CANCELLED_BY } from './constants.js';
import { calendarDateSchema, instantSchema, textSchema } from '../text.js';

/**
 * Inputs of the booking procedures, shared by the server and the SPAs' forms. Messages are Norwegian (Bokmål).
 * Times arrive as Date (superjson) or ISO strings.
 */

/** A retry of the same request carries the same key (also accepted as the Idempotency-Key header). */
export const idempotencyKeySchema = textSchema
  .trim()
  .regex(/^[A-Za-z0-9._:-]{8,100}$/, { message: 'Ugyldig idempotensnøkkel (8–100 tegn: bokstaver, tall, . _ : -).' });

/** Norwegian numbers as 8 digits (stored +47…), other countries with their + prefix. */
export const phoneSchema = textSchema
  .transform((s) => s.replace(/[\s()-]/g, ''))
  .refine((s) => /^(\+|00)?\d{8,15}$/.test(s), { message: 'Ugyldig telefonnummer.' })
  .transform((s) =>
    s.startsWith('00') ? `+${s.slice(2)}` : s.startsWith('+') ? s : s.length === 8 ? `+47${s}` : `+${s}`,
  );

const instant = instantSchema;
const optionalText = (max: number, message: string) =>
  textSchema
    .trim()
    .max(max, { message })
    .transform((s) => (s === '' ? null : s))
    .nullish()
    .transform((s) => s ?? null);

export const holdSlotInput = z.object({
  bookId: idSchema,
  typeId: idSchema,
  /** The insurance tariff the agent books with (the search shows its code). */
  tariffCode: textSchema.trim().min(1).max(20),
  startAt: instant,
  /**
   * T5: the department (visiting address) of the search hit; it must be one the offer is at. Optional for API
   * compatibility: without it the offer's only department is stored (none when it has several).
   */
  departmentId: idSchema.optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type HoldSlotInput = z.infer<typeof holdSlotInput>;

export const patientDetailsSchema = z
  .object({
    nationalId: nationalIdSchema,
    name: textSchema.trim().min(2, { message: 'Skriv inn pasientens navn.' }).max(200),
    phone: phoneSchema.nullish().transform((s) => s ?? null),
    email: emailSchema.nullish().transform((s) => s ?? null),
  })
  .superRefine((p, ctx) => {
    if (!p.phone && !p.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'Oppgi telefonnummer eller e-postadresse, så pasienten får bekreftelsen.',
      });
    }
  });
export type PatientDetails = z.infer<typeof patientDetailsSchema>;

export const confirmBookingInput = z.object({
  holdId: idSchema,
  patient: patientDetailsSchema,
  /** SakID: the insurer's digital coverage confirmation; without it the patient pays (K6). */
  caseId: caseIdSchema.nullish().transform((s) => s ?? null),
  patientRemark: optionalText(1000, 'Pasientbemerkningen kan ha høyst 1000 tegn.'),
  /** Another of the offered insurance tariffs than the one held with; omitted = keep it. */
  tariffCode: textSchema.trim().min(1).max(20).optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type ConfirmBookingInput = z.infer<typeof confirmBookingInput>;

export const releaseHoldInput = z.object({ holdId: idSchema });

export const cancelBookingInput = z.object({
  appointmentId: idSchema,
  /** Required when the clinic cancels; the agent may give one. */
  reason: optionalText(500, 'Årsaken kan ha høyst 500 tegn.'),
  /** The clinic cancels on behalf of the patient or of itself; an agent always on behalf of the patient. */
  onBehalfOf: z.enum(CANCELLED_BY).optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type CancelBookingInput = z.infer<typeof cancelBookingInput>;

export const moveBookingInput = z.object({
  appointmentId: idSchema,
  startAt: instant,
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type MoveBookingInput = z.infer<typeof moveBookingInput>;

export const markNoShowInput = z.object({ appointmentId: idSchema });

const isoDate = calendarDateSchema;

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The longest range (days, `to` inclusive) an agent may search, ask about or list bookings over at once. */
export const MAX_RANGE_DAYS = 92;

/** A date range of at most `maxDays` days, `to` inclusive. */
const dateRange = (maxDays: number) =>
  z
    .object({ from: isoDate, to: isoDate })
    .refine((v) => v.from <= v.to, { path: ['to'], message: 'Til-dato må være etter fra-dato.' })
    .refine((v) => daysBetween(v.from, v.to) <= maxDays, {
      path: ['to'],
      message: `Velg høyst ${maxDays} dager om gangen.`,
    });

export const appointmentsForBooksInput = z
  .object({ clinicId: idSchema, bookIds: z.array(idSchema).min(1).max(50) })
  .and(dateRange(62));

export const agentBookingsInput = dateRange(MAX_RANGE_DAYS);
