import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, NOTIFICATION_KINDS } from '@bn/domain';
import { baseProperties } from './common.js';

/**
 * The transactional outbox: a message written in the same transaction as the booking that causes it and sent later
 * by the worker. The payload holds the rendered subject and text only, never sensitive content (no national id, no
 * case id, no diagnosis); the recipient's address is read when sending: the booking's own contact details (those its
 * booker gave), or the patient card's when it carries none. `dedupeKey`
 * (appointment, kind, event) makes a second row for the same event impossible; `sentAt` is set in the same update
 * that records the delivery, after the claim (`claimedBy`) committed before sending.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  tableName: 'outbox_message',
  indexes: [
    { properties: ['clinicId', 'createdAt'] },
    {
      name: 'outbox_message_unsent_index',
      expression: `create index "outbox_message_unsent_index" on "outbox_message" ("created_at") where "sent_at" is null`,
    },
  ],
  properties: (p) => ({
    ...baseProperties,
    kind: p.enum([...NOTIFICATION_KINDS]),
    event: p.enum([...NOTIFICATION_EVENTS]),
    channel: p.enum([...NOTIFICATION_CHANNELS]),
    dedupeKey: p.string().columnType('text').unique(),
    /** Null for an account message to a user outside any clinic (the operator, support, an insurer agent). */
    clinicId: p.string().columnType('text').nullable(),
    appointmentId: p.string().columnType('text').nullable(),
    patientId: p.string().columnType('text').nullable(),
    /** An account message (invitation, password reset): sent to this user's e-mail address; its text is cleared once sent. */
    userId: p.string().columnType('text').nullable(),
    /** Shown in the notification log: `k***@example.no`, `*** ** 678`. */
    recipientMasked: p.string().columnType('text'),
    payload: p.json<{ subject: string; text: string }>(),
    /** When the relay handed the row to the job queue; null = not yet. */
    queuedAt: p.datetime().nullable(),
    sentAt: p.datetime().nullable(),
    /** The transport's id of the delivery (the e-mail's Message-ID), recorded together with sentAt. */
    deliveryId: p.string().columnType('text').nullable(),
    /**
     * The sender (outbox_sender) that committed its claim on the row before sending it, and when: a retry never sends
     * a row another live sender has claimed, so a database outage between the receiver's answer and `sentAt` cannot
     * double a message.
     */
    claimedBy: p.string().columnType('text').nullable(),
    claimedAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
  }),
});
export type OutboxMessage = InferEntity<typeof OutboxMessage>;
