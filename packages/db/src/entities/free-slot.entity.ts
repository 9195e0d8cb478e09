import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * Free time: the bookable slots of a book × type over the planning horizon, as instants. Kept current in the same
 * transaction as every booking, cancellation, hold and schedule change. A booking wins a slot by deleting its row
 * (one winner, the rest see nothing to delete); the appointment's exclusion constraint is the safety net.
 * Minimum notice and days ahead depend on the clock and are applied when the slots are read.
 */
export const FreeSlot = defineEntity({
  name: 'FreeSlot',
  tableName: 'free_slot',
  indexes: [{ properties: ['bookId', 'startAt'] }],
  properties: (p) => ({
    bookId: p.string().columnType('text').primary(),
    typeId: p.string().columnType('text').primary(),
    startAt: p.datetime().primary(),
    endAt: p.datetime(),
  }),
});
export type FreeSlot = InferEntity<typeof FreeSlot>;
