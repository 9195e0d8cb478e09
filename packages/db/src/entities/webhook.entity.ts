import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { WEBHOOK_EVENT_TYPES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Insurer } from './insurer.entity.js';

/**
 * An insurer's webhook receiver (docs/public-api.md). The signing secret must be recoverable to sign with, so it is
 * stored encrypted (AES-256-GCM, key from WEBHOOK_SECRET_KEY), not hashed. A rotation keeps the previous secret, also
 * encrypted, signing beside the new one until `previousSecretExpiresAt`.
 */
export const WebhookEndpoint = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoint',
  properties: (p) => ({
    ...baseProperties,
    insurer: () => p.manyToOne(Insurer).deleteRule('cascade').index(),
    url: p.text(),
    events: p.array().columnType('text[]'),
    secretEncrypted: p.text(),
    previousSecretEncrypted: p.text().nullable(),
    previousSecretExpiresAt: p.datetime().nullable(),
    deactivatedAt: p.datetime().nullable(),
  }),
});
export type WebhookEndpoint = InferEntity<typeof WebhookEndpoint>;

/**
 * A booking event of an insurer, written in the booking change's own transaction (the outbox). The payload is the
 * booking as GET /api/v1/bookings/{id} gives it, rendered in that transaction or — for a booking made in the
 * confirmation's single statement — by the relay before the first delivery; once rendered it never changes, so every
 * retry sends the same body.
 */
export const WebhookEvent = defineEntity({
  name: 'WebhookEvent',
  tableName: 'webhook_event',
  indexes: [
    {
      name: 'webhook_event_unrendered_index',
      expression: `create index "webhook_event_unrendered_index" on "webhook_event" ("created_at") where "payload" is null`,
    },
  ],
  properties: (p) => ({
    id: p.uuid().primary(),
    createdAt: p.datetime(),
    insurer: () => p.manyToOne(Insurer).deleteRule('cascade').index(),
    appointmentId: p.string().columnType('text'),
    type: p.enum([...WEBHOOK_EVENT_TYPES]),
    payload: p.json<unknown>().nullable(),
  }),
});
export type WebhookEvent = InferEntity<typeof WebhookEvent>;

/**
 * One event to one endpoint: attempts, when the next is due (null: delivered or given up), the last answer's status
 * code and a short error (never the receiver's body beyond a short excerpt).
 */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  uniques: [{ properties: ['event', 'endpoint'] }],
  indexes: [
    {
      name: 'webhook_delivery_due_index',
      expression: `create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where "delivered_at" is null`,
    },
  ],
  properties: (p) => ({
    ...baseProperties,
    event: () => p.manyToOne(WebhookEvent).deleteRule('cascade'),
    endpoint: () => p.manyToOne(WebhookEndpoint).deleteRule('cascade').index(),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.text().nullable(),
    deliveredAt: p.datetime().nullable(),
  }),
});
export type WebhookDelivery = InferEntity<typeof WebhookDelivery>;
