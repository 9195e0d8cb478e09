import { z } from 'zod';
import { idSchema } from '../ids.js';
import { textSchema } from '../text.js';
import { customIssue, issue } from '../input-issues.js';

/** B4: patient lists that may book online. Only "All patients" works through the network. */
export const PATIENT_LISTS = ['all_patients', 'existing_patients', 'listed_patients'] as const;
export const patientListSchema = z.enum(PATIENT_LISTS);
export type PatientList = z.infer<typeof patientListSchema>;
export const PATIENT_LIST_LABELS: Record<PatientList, { nb: string; en: string }> = {
  all_patients: { nb: 'Alle pasienter', en: 'All patients' },
  existing_patients: { nb: 'Eksisterende pasienter', en: 'Existing patients' },
  listed_patients: { nb: 'Pasienter på liste', en: 'Listed patients' },
};

const hours = z
  .number()
  .int()
  .min(0)
  .max(24 * 365);

/** T3: online-booking restrictions, on a book and (when switched on) on a type. null = no restriction. */
export const restrictionsSchema = z.object({
  daysAhead: z.number().int().min(1).max(730).nullable().default(null),
  minNoticeHours: hours.nullable().default(null),
  /** Hours before the start after which the patient or agent can no longer cancel; null = any time. */
  cancellationDeadlineHours: hours.nullable().default(null),
  /** false = online cancelling is not allowed at all. */
  cancellationAllowed: z.boolean().default(true),
  /** Maximum number of future self-booked appointments per patient; null = no cap. */
  maxSelfBooked: z.number().int().min(0).max(100).nullable().default(null),
});
export type Restrictions = z.infer<typeof restrictionsSchema>;
export const NO_RESTRICTIONS: Restrictions = {
  daysAhead: null,
  minNoticeHours: null,
  cancellationDeadlineHours: null,
  cancellationAllowed: true,
  maxSelfBooked: null,
};

export const BOOK_OWNER_KINDS = ['practitioner', 'clinic', 'group'] as const;
export const bookOwnerKindSchema = z.enum(BOOK_OWNER_KINDS);
export type BookOwnerKind = z.infer<typeof bookOwnerKindSchema>;

export const bookSchema = z
  .object({
    id: idSchema,
    clinicId: idSchema,
    /** The clinic's internal name of the book; the network shows the owner's name (B2). */
    name: textSchema.trim().min(1, issue('book.name_required')).max(200),
    ownerKind: bookOwnerKindSchema,
    ownerPractitionerId: idSchema.nullable().default(null),
    groupName: textSchema.trim().max(200).nullable().default(null),
    /** B3 */
    onlineBooking: z.boolean().default(false),
    /** B4 */
    patientLists: z.array(patientListSchema).max(PATIENT_LISTS.length).default([]),
    restrictions: restrictionsSchema.default(NO_RESTRICTIONS),
  })
  .superRefine((b, ctx) => {
    if (b.ownerKind === 'practitioner' && !b.ownerPractitionerId) {
      ctx.addIssue(customIssue(['ownerPractitionerId'], 'book.owner_required'));
    }
    if (b.ownerKind !== 'practitioner' && b.ownerPractitionerId) {
      ctx.addIssue(customIssue(['ownerPractitionerId'], 'book.owner_not_practitioner'));
    }
    if (b.ownerKind === 'group' && !b.groupName) {
      ctx.addIssue(customIssue(['groupName'], 'book.group_name_required'));
    }
  });
export type BookConfig = z.infer<typeof bookSchema>;

/** The bounds of an appointment type, for the schema and the admin form's fields alike. */
export const APPOINTMENT_TYPE_LIMITS = {
  minMinutes: 5,
  maxMinutes: 480,
  stepMinutes: 5,
  automaticDialogLength: 2000,
} as const;

export const appointmentTypeSchema = z.object({
  id: idSchema,
  clinicId: idSchema,
  /** T1: free; shown under the tariff's name in the agent's search. */
  name: textSchema.trim().min(1, issue('type.name_required')).max(200),
  durationMinutes: z
    .number(issue('type.duration_not_number'))
    .int()
    .min(
      APPOINTMENT_TYPE_LIMITS.minMinutes,
      issue('type.duration_too_short', { minimum: APPOINTMENT_TYPE_LIMITS.minMinutes }),
    )
    .max(
      APPOINTMENT_TYPE_LIMITS.maxMinutes,
      issue('type.duration_too_long', { hours: APPOINTMENT_TYPE_LIMITS.maxMinutes / 60 }),
    )
    .refine(
      (m) => m % APPOINTMENT_TYPE_LIMITS.stepMinutes === 0,
      issue('type.duration_step', { step: APPOINTMENT_TYPE_LIMITS.stepMinutes }),
    ),
  colour: textSchema.regex(/^#[0-9a-fA-F]{6}$/, issue('type.colour_format')).default('#3366cc'),
  /** T2 */
  bookableOnline: z.boolean().default(false),
  /** K3 */
  notificationsOn: z.boolean().default(false),
  /** K4: sent to the patient whatever channel booked. */
  automaticDialog: textSchema.trim().max(APPOINTMENT_TYPE_LIMITS.automaticDialogLength).nullable().default(null),
  /** T5: the department (visiting address) the type is offered at; null = every department. */
  departmentId: idSchema.nullable().default(null),
  /** T3: the type's own online limits, used instead of the book's when switched on. */
  ownLimitsEnabled: z.boolean().default(false),
  ownLimits: restrictionsSchema.default(NO_RESTRICTIONS),
});
export type AppointmentTypeConfig = z.infer<typeof appointmentTypeSchema>;

/** T2/T4: for one book, which patient list may book the type and which tariffs it carries. */
export const typeRuleSchema = z.object({
  id: idSchema,
  typeId: idSchema,
  bookId: idSchema,
  patientList: patientListSchema,
  tariffIds: z.array(idSchema).max(100).default([]),
});
export type TypeRuleConfig = z.infer<typeof typeRuleSchema>;
