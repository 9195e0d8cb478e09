// Inputs of the clinic's lists that grow (the audit trail, the notification log, who read a patient's data): how many
// rows one request may ask for. The admin SPA pages up to these same limits.
import { z } from 'zod';
import { idSchema } from './ids.js';

export const LIST_LIMITS = {
  audit: { max: 200 },
  notifications: { default: 100, max: 500 },
  accessLog: { default: 200, max: 1000 },
} as const;

export const clinicAuditInput = z.object({
  clinicId: idSchema,
  limit: z.number().int().min(1).max(LIST_LIMITS.audit.max).optional(),
  before: idSchema.optional(),
});

export const notificationLogInput = z.object({
  clinicId: idSchema,
  limit: z.number().int().min(1).max(LIST_LIMITS.notifications.max).default(LIST_LIMITS.notifications.default),
});

export const patientAccessInput = z.object({
  patientId: idSchema,
  limit: z.number().int().min(1).max(LIST_LIMITS.accessLog.max).default(LIST_LIMITS.accessLog.default),
});
