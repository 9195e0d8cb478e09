import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The worker processes that send the outbox, and when each was last seen (its heartbeat, every few seconds). An
 * outbox row is claimed by one of them before it is sent; another worker takes a claim over only when its sender has
 * not been seen for a while (it died, or lost the database alone), never because the database was away for everyone.
 * Times are the database's own clock: liveness, not product time.
 */
export const OutboxSender = defineEntity({
  name: 'OutboxSender',
  tableName: 'outbox_sender',
  properties: (p) => ({
    id: p.string().columnType('text').primary(),
    startedAt: p.datetime(),
    seenAt: p.datetime(),
  }),
});
export type OutboxSender = InferEntity<typeof OutboxSender>;
