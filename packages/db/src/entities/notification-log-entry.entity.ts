import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, NOTIFICATION_KINDS } from '@bn/domain';

/**
 * The clinic's notification log for messages delivered long enough ago that their outbox row was removed by the
 * retention job: what went to whom (masked), when — without the message text. The log reads this and the outbox.
 */
export const NotificationLogEntry = defineEntity({
  name: 'NotificationLogEntry',
  tableName: 'notification_log',
  indexes: [{ properties: ['clinicId', 'createdAt'] }, { properties: ['appointmentId'] }],
  properties: (p) => ({
    /** The outbox row's id (and the e-mail's Message-ID). */
    id: p.string().columnType('text').primary(),
    createdAt: p.datetime(),
    kind: p.enum([...NOTIFICATION_KINDS]),
    event: p.enum([...NOTIFICATION_EVENTS]),
    channel: p.enum([...NOTIFICATION_CHANNELS]),
    /** Null for an account message to a user outside any clinic (the operator, support, an insurer agent). */
    clinicId: p.string().columnType('text').nullable(),
    appointmentId: p.string().columnType('text').nullable(),
    recipientMasked: p.string().columnType('text'),
    subject: p.text(),
    sentAt: p.datetime(),
    deliveryId: p.string().columnType('text').nullable(),
    attempts: p.integer(),
  }),
});
export type NotificationLogEntry = InferEntity<typeof NotificationLogEntry>;
