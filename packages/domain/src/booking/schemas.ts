import { z } from 'zod';
import { idSchema } from '../ids.js';
import { emailSchema } from '../auth.js';
import { caseIdSchema } from '../validators/case-id.js';
import { nationalIdSchema } from '../validators/national-id.js';
import { CANCELLED_BY } from './constants.js';
import { instantSchema, textSchema } from '../text.js';
import { DATE_RANGE_DAYS, dateRangeSchema } from '../date-range.js';
import { customIssue, issue } from '../input-issues.js';

/**
 * Inputs of the booking procedures, shared by the server and the SPAs' forms (the agent's patient form checks with
 * these very schemas). Refusals are issue codes (input-issues.ts). Times arrive as Date (superjson) or ISO strings.
 */

/** A retry of the same request carries the same key (also accepted as the Idempotency-Key header). */
export const idempotencyKeySchema = textSchema
  .trim()
  .regex(/^[A-Za-z0-9._:-]{8,100}$/, issue('idempotency_key.format'));

/** Norwegian numbers as 8 digits (stored +47…), other countries with their + prefix. */
export const phoneSchema = textSchema
  .transform((s) => s.replace(/[\s()-]/g, ''))
  .refine((s) => /^(\+|00)?\d{8,15}$/.test(s), issue('phone.invalid'))
  .transform((s) =>
    s.startsWith('00') ? `+${s.slice(2)}` : s.startsWith('+') ? s : s.length === 8 ? `+47${s}` : `+${s}`,
  );

const instant = instantSchema;
/** The longest texts a booking takes: the patient's name and the free-text fields. */
export const BOOKING_TEXT_LIMITS = { patientName: 200, patientRemark: 1000, cancelReason: 500 } as const;
/** The tariff code a booking names (the search shows it). */
const tariffCode = textSchema.trim().min(1).max(20);

const optionalText = (max: number) =>
  textSchema
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullish()
    .transform((s) => s ?? null);

export const holdSlotInput = z.object({
  bookId: idSchema,
  typeId: idSchema,
  /** The insurance tariff the agent books with (the search shows its code). */
  tariffCode,
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
    name: textSchema.trim().min(2, issue('patient.name_required')).max(BOOKING_TEXT_LIMITS.patientName),
    phone: phoneSchema.nullish().transform((s) => s ?? null),
    email: emailSchema.nullish().transform((s) => s ?? null),
  })
  .superRefine((p, ctx) => {
    if (!p.phone && !p.email) {
      ctx.addIssue(customIssue(['phone'], 'patient.contact_required'));
    }
  });
export type PatientDetails = z.infer<typeof patientDetailsSchema>;

/** What the agent's booking form fills in: the patient, the case id and a remark. The form checks with this very schema. */
export const bookingPatientInput = z.object({
  patient: patientDetailsSchema,
  /** SakID: the insurer's digital coverage confirmation; without it the patient pays (K6). */
  caseId: caseIdSchema.nullish().transform((s) => s ?? null),
  patientRemark: optionalText(BOOKING_TEXT_LIMITS.patientRemark),
});
export type BookingPatientInput = z.infer<typeof bookingPatientInput>;

export const confirmBookingInput = bookingPatientInput.extend({
  holdId: idSchema,
  /** Another of the offered insurance tariffs than the one held with; omitted = keep it. */
  tariffCode: tariffCode.optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type ConfirmBookingInput = z.infer<typeof confirmBookingInput>;

export const releaseHoldInput = z.object({ holdId: idSchema });
export const extendHoldInput = z.object({ holdId: idSchema });
export const resendConfirmationInput = z.object({ appointmentId: idSchema });

export const cancelBookingInput = z.object({
  appointmentId: idSchema,
  /** Required when the clinic cancels; the agent may give one. */
  reason: optionalText(BOOKING_TEXT_LIMITS.cancelReason),
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

/**
 * The clinic books one of its own patients itself, from a free time of its book (source «klinikken»): the card is
 * found or made first (`patients.search`, `patients.create`), so the booking names it by id — never a national id.
 */
export const clinicBookingInput = z.object({
  clinicId: idSchema,
  bookId: idSchema,
  typeId: idSchema,
  startAt: instant,
  patientId: idSchema,
  patientRemark: optionalText(BOOKING_TEXT_LIMITS.patientRemark),
  /** The clinic's own note on the appointment (K2). */
  note: optionalText(BOOKING_TEXT_LIMITS.patientRemark),
  idempotencyKey: idempotencyKeySchema.optional(),
});
export type ClinicBookingInput = z.infer<typeof clinicBookingInput>;

export const markNoShowInput = z.object({ appointmentId: idSchema });

export const appointmentsForBooksInput = z
  .object({ clinicId: idSchema, bookIds: z.array(idSchema).min(1).max(50) })
  .and(dateRangeSchema(DATE_RANGE_DAYS.calendar));

export const agentBookingsInput = dateRangeSchema(DATE_RANGE_DAYS.agentBookings);
