import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A request that must not run twice: the first result of (scope, key), stored in the transaction that produced it,
 * so a retry on any server process gets the same answer. `scope` is the actor and the operation
 * (`<user id>/booking.confirm`); the request hash refuses a key reused for a different body.
 */
export const IdempotencyKey = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  properties: (p) => ({
    scope: p.string().columnType('text').primary(),
    key: p.string().columnType('text').primary(),
    requestHash: p.string().columnType('text'),
    response: p.json<unknown>(),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  }),
});
export type IdempotencyKey = InferEntity<typeof IdempotencyKey>;
