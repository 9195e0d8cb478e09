import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The agent search's read model: free time × offer, one row per free slot × tariff × department, with the insurers
 * that may book it as an array. The agent's common question ("the earliest times for tariff T in city C") is then
 * one ordered index range scan on (tariff, city, start) that stops after the first page, instead of a join over every
 * offer in the city sorted at query time (docs/performance.md).
 *
 * Never written by the application: triggers on `free_slot` and `offer` keep it in step inside the very statement
 * that changed them (migration `search_slot`), so every writer of free time — refreshes, bookings, holds — is covered.
 * Minimum notice and days ahead depend on the clock and are applied when the rows are read; so is `bookableFrom`
 * (an agreement that starts tomorrow): the insurers of a slot are grouped by it, so a row is one (usually the only)
 * group and the filter stays a column comparison. An offer's `bookableUntil` is applied when the row is written:
 * a slot starting at or after it is not offered to that insurer at all.
 */
export const SearchSlot = defineEntity({
  name: 'SearchSlot',
  tableName: 'search_slot',
  indexes: [
    { name: 'search_slot_tariff_city_start_index', properties: ['tariffKey', 'cityKey', 'startAt'] },
    { name: 'search_slot_start_index', properties: ['startAt'] },
  ],
  properties: (p) => ({
    bookId: p.string().columnType('text').primary(),
    typeId: p.string().columnType('text').primary(),
    startAt: p.datetime().primary(),
    departmentId: p.string().columnType('text').primary(),
    tariffId: p.string().columnType('text').primary(),
    /** When these insurers may start booking: '-infinity' when they already may. */
    bookableFrom: p.datetime().primary(),
    endAt: p.datetime(),
    /** upper(tariff code) and lower(city): what the agent's search compares with. */
    tariffKey: p.string().columnType('text'),
    cityKey: p.string().columnType('text'),
    postcode: p.string().length(4),
    profession: p.string().columnType('text'),
    minNoticeMinutes: p.integer(),
    daysAhead: p.integer().nullable(),
    insurerIds: p.array().columnType('text[]'),
  }),
});
export type SearchSlot = InferEntity<typeof SearchSlot>;
