import { z } from 'zod';
import { idSchema } from '../ids.js';
import { orgNumberSchema } from '../validators/org-number.js';
import { hprNumberSchema } from '../validators/hpr-number.js';
import { PROFESSION_INFO, professionSchema } from '../professions.js';
import { emailSchema } from '../auth.js';
import { roleSchema } from '../roles.js';
import { calendarDateSchema, textSchema } from '../text.js';
import { customIssue, issue } from '../input-issues.js';

const isoDate = calendarDateSchema;

export const insurerSchema = z.object({
  id: idSchema,
  name: textSchema.trim().min(1, issue('name.required')).max(200),
  orgNumber: orgNumberSchema,
  /** N4 */
  offersPsychologistBooking: z.boolean().default(false),
  hasPatientApp: z.boolean().default(false),
  appName: textSchema.trim().max(100).nullable().default(null),
});
export type InsurerConfig = z.infer<typeof insurerSchema>;

export const clinicSchema = z.object({
  id: idSchema,
  name: textSchema.trim().min(1, issue('name.required')).max(200),
  orgNumber: orgNumberSchema,
  /** N5 */
  integrationActive: z.boolean().default(false),
  /** D2: the clinic has told the network it has several departments. */
  severalDepartmentsNotified: z.boolean().default(false),
  /** T3: the clinic's cap on self-booked appointments per patient; null = no cap. */
  maxSelfBooked: z.number().int().min(0).max(100).nullable().default(null),
});
export type ClinicConfig = z.infer<typeof clinicSchema>;

/** The longest reason for switching a clinic's integration off (N5); it is kept in the change log. */
export const INTEGRATION_REASON_MAX = 500;

/**
 * N5: the integration is switched on as asked; switching it off takes the reason (shown in the clinic's change log),
 * since the clinic's times leave the network's search at once.
 */
export const clinicIntegrationInput = z
  .object({
    clinicId: idSchema,
    active: z.boolean(),
    reason: textSchema
      .trim()
      .max(INTEGRATION_REASON_MAX)
      .nullish()
      .transform((s) => (s ? s : null)),
  })
  .superRefine((v, ctx) => {
    if (!v.active && !v.reason) ctx.addIssue(customIssue(['reason'], 'integration.reason_required'));
  });
export type ClinicIntegrationInput = z.infer<typeof clinicIntegrationInput>;

export const departmentSchema = z.object({
  id: idSchema,
  clinicId: idSchema,
  name: textSchema.trim().min(1, issue('department.name_required')).max(200),
  street: textSchema.trim().min(1, issue('department.street_required')).max(200),
  postcode: textSchema.trim().regex(/^\d{4}$/, issue('department.postcode_format')),
  city: textSchema.trim().min(1, issue('department.city_required')).max(100),
  /** D2: support has registered the address with the network. */
  registeredWithNetwork: z.boolean().default(false),
});
export type DepartmentConfig = z.infer<typeof departmentSchema>;

export const practitionerSchema = z
  .object({
    id: idSchema,
    clinicId: idSchema,
    name: textSchema.trim().min(1, issue('name.required')).max(200),
    profession: professionSchema,
    hprNumber: hprNumberSchema.nullable().default(null),
  })
  .superRefine((p, ctx) => {
    if (PROFESSION_INFO[p.profession].requiresHpr && !p.hprNumber) {
      ctx.addIssue(customIssue(['hprNumber'], 'practitioner.hpr_required'));
    }
  });
export type PractitionerConfig = z.infer<typeof practitionerSchema>;

export const MEMBERSHIP_STATUSES = ['pending', 'approved', 'revoked', 'rejected'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const MEMBERSHIP_REJECTION_REASON_MAX = 500;
/** N2: the operator turns down a pending application; the clinic sees the reason and may apply again. */
export const membershipRejectionInput = z
  .object({
    practitionerId: idSchema,
    reason: textSchema
      .trim()
      .max(MEMBERSHIP_REJECTION_REASON_MAX)
      .nullish()
      .transform((s) => (s ? s : null)),
  })
  .superRefine((v, ctx) => {
    if (!v.reason) ctx.addIssue(customIssue(['reason'], 'membership.reason_required'));
  });
export type MembershipRejectionInput = z.infer<typeof membershipRejectionInput>;
/** Why an approved membership went back to pending on its own (N2): what the network approved is no longer true. */
export const MEMBERSHIP_RESET_REASONS = ['hpr_changed', 'profession_changed'] as const;
export type MembershipResetReason = (typeof MEMBERSHIP_RESET_REASONS)[number];
export const membershipSchema = z.object({
  id: idSchema,
  practitionerId: idSchema,
  status: z.enum(MEMBERSHIP_STATUSES),
});
export type MembershipConfig = z.infer<typeof membershipSchema>;

export const AGREEMENT_STATUSES = ['pending', 'approved', 'ended'] as const;
export const agreementSchema = z
  .object({
    id: idSchema,
    insurerId: idSchema,
    /** Exactly one of clinicId (a clinic agreement) and practitionerId (a personal one). */
    clinicId: idSchema.nullable().default(null),
    practitionerId: idSchema.nullable().default(null),
    status: z.enum(AGREEMENT_STATUSES),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if ((a.clinicId === null) === (a.practitionerId === null)) {
      ctx.addIssue(customIssue(['clinicId'], 'agreement.clinic_or_practitioner'));
    }
    if (a.validTo !== null && a.validTo < a.validFrom) {
      ctx.addIssue(customIssue(['validTo'], 'agreement.ends_before_start'));
    }
  });
export type AgreementConfig = z.infer<typeof agreementSchema>;

export const userConfigSchema = z.object({
  id: idSchema,
  email: emailSchema,
  name: textSchema.trim().min(1).max(200),
  role: roleSchema,
  clinicIds: z.array(idSchema).max(1000).default([]),
  practitionerId: idSchema.nullable().default(null),
  insurerId: idSchema.nullable().default(null),
});
export type UserConfig = z.infer<typeof userConfigSchema>;

export { isoDate as isoDateSchema };
