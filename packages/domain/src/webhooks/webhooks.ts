// Insurer apps' webhooks (docs/public-api.md): the events, the URL rule and the inputs of registering and rotating.
// Pure: the secret is made, encrypted and used for signing in @bn/api; a browser may import this file.
import { z } from 'zod';
import { idSchema } from '../ids.js';
import { textSchema } from '../text.js';

/** What an insurer can subscribe to: every booking of the insurer, whoever made or changed it. */
export const WEBHOOK_EVENT_TYPES = ['booking.created', 'booking.cancelled', 'booking.moved'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The longest URL an endpoint may have. */
export const WEBHOOK_URL_MAX = 2000;
/** How long the old secret keeps signing beside the new one after a rotation, by default and at most (hours). */
export const WEBHOOK_GRACE_HOURS = { default: 24, max: 720 } as const;

export type WebhookUrlProblem = 'malformed' | 'not_https' | 'credentials';

/**
 * Why a URL cannot receive webhooks, or null when it can: https only, except plain http to localhost or 127.0.0.1
 * (a developer's receiver and the tests). No user name or password in the URL: the signature is the authentication.
 */
export function webhookUrlProblem(url: string): WebhookUrlProblem | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'malformed';
  }
  if (u.username || u.password) return 'credentials';
  if (u.protocol === 'https:') return u.hostname ? null : 'malformed';
  if (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1')) return null;
  return u.protocol === 'http:' ? 'not_https' : 'malformed';
}

const eventsSchema = z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length);

/** Registering an endpoint: the URL is checked by the use case (`webhookUrlProblem`, WEBHOOK_URL_INVALID). */
export const webhookCreateBody = z.object({
  url: textSchema.trim().min(1).max(WEBHOOK_URL_MAX),
  /** All three when omitted. */
  events: eventsSchema.optional(),
});
export type WebhookCreateBody = z.infer<typeof webhookCreateBody>;

export const webhookRotateBody = z.object({
  graceHours: z.number().int().min(0).max(WEBHOOK_GRACE_HOURS.max).default(WEBHOOK_GRACE_HOURS.default),
});

export const webhookIdParam = z.object({ id: idSchema });

/** The operator's inputs (tRPC): the same, for an insurer the operator names. */
export const webhookAdminCreateSchema = webhookCreateBody.extend({ insurerId: idSchema });
export const webhookAdminRotateSchema = webhookRotateBody.extend({ id: idSchema });
export const webhookAdminListSchema = z.object({ insurerId: idSchema.optional() });
export const webhookDeliveriesSchema = z.object({ endpointId: idSchema });
export const webhookReplaySchema = z.object({ endpointId: idSchema, deliveryId: idSchema });

/** An endpoint as its insurer and the operator see it: never its secret. */
export interface WebhookEndpointView {
  id: string;
  insurerId: string;
  url: string;
  events: WebhookEventType[];
  active: boolean;
  createdAt: Date;
  /** Until when the previous secret still signs beside the current one (after a rotation). */
  previousSecretUntil: Date | null;
}

/** What registering and rotating answer: the signing secret, shown this once. */
export interface IssuedWebhookEndpoint {
  endpoint: WebhookEndpointView;
  secret: string;
}

export type WebhookDeliveryStatus = 'delivered' | 'pending' | 'failed';

/** One event to one endpoint, as the operator's delivery log shows it. */
export interface WebhookDeliveryView {
  id: string;
  eventId: string;
  type: WebhookEventType;
  createdAt: Date;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
}

/** The public API's answers about endpoints, as zod schemas for its OpenAPI document. */
export const apiWebhookSchema = z.object({
  id: textSchema,
  url: textSchema,
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  active: z.boolean(),
  createdAt: textSchema.meta({ format: 'date-time' }),
  previousSecretUntil: textSchema.meta({ format: 'date-time' }).nullable(),
});
export const apiWebhooksResponse = z.object({ webhooks: z.array(apiWebhookSchema) });
export const apiIssuedWebhookResponse = z.object({
  webhook: apiWebhookSchema,
  secret: textSchema.meta({ description: 'whsec_…: shown this once; the HMAC key is the whole string.' }),
});
