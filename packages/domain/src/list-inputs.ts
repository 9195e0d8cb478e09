// Inputs of the clinic's lists that grow (the audit trail, the notification log, who read a patient's data): how many
// rows one request may ask for. The admin SPA pages up to these same limits.
import { z } from 'zod';
import { idSchema } from './ids.js';
import { customIssue } from './input-issues.js';
import { calendarDateSchema } from './text.js';

export const LIST_LIMITS = {
  audit: { max: 200 },
  notifications: { default: 100, max: 500 },
  accessLog: { default: 200, max: 1000 },
} as const;

/** The kinds of thing the change log records (`AuditEntry.entity`): what its «what» filter offers. */
export const AUDIT_ENTITIES = [
  'practitioner',
  'book',
  'type',
  'rule',
  'template',
  'workPlan',
  'department',
  'clinic',
  'clinicPhone',
  'membership',
  'agreement',
  'user',
  'appointment',
  'claim',
  'billingCard',
  'clinicPrice',
  'agreementPrice',
  'sellerDetails',
  'buyerDetails',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The «who» filter's value for entries written without a signed-in user (imports from the command line, jobs). */
export const SYSTEM_ACTOR = 'system';

export const clinicAuditInput = z
  .object({
    clinicId: idSchema,
    limit: z.number().int().min(1).max(LIST_LIMITS.audit.max).optional(),
    before: idSchema.optional(),
    /** Only entries about this kind of thing. */
    entity: z.enum(AUDIT_ENTITIES).optional(),
    /** Only entries by this user (its id), or by nobody signed in (`SYSTEM_ACTOR`). */
    actorId: idSchema.optional(),
    /** Oslo calendar dates, both inclusive. */
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.from && input.to && input.from > input.to) ctx.addIssue(customIssue(['to'], 'range.to_before_from'));
  });

export const clinicAuditActorsInput = z.object({ clinicId: idSchema });

export const notificationLogInput = z.object({
  clinicId: idSchema,
  limit: z.number().int().min(1).max(LIST_LIMITS.notifications.max).default(LIST_LIMITS.notifications.default),
});

export const patientAccessInput = z.object({
  patientId: idSchema,
  limit: z.number().int().min(1).max(LIST_LIMITS.accessLog.max).default(LIST_LIMITS.accessLog.default),
});
