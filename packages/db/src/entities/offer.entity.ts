import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { PROFESSIONS } from '@bn/domain';

/**
 * The readiness result, materialised: insurer I may book book × type with tariff T at department D. Rewritten for a
 * clinic in the same transaction as every configuration change of that clinic, so the search reads only this table
 * and the free-time table. Denormalised columns are what the search filters and shows.
 */
export const Offer = defineEntity({
  name: 'Offer',
  tableName: 'offer',
  indexes: [
    { properties: ['insurerId', 'tariffCode', 'city'] },
    { properties: ['insurerId', 'practitionerId'] },
    { properties: ['clinicId'] },
  ],
  properties: (p) => ({
    bookId: p.string().columnType('text').primary(),
    typeId: p.string().columnType('text').primary(),
    tariffId: p.string().columnType('text').primary(),
    insurerId: p.string().columnType('text').primary(),
    departmentId: p.string().columnType('text').primary(),
    clinicId: p.string().columnType('text'),
    practitionerId: p.string().columnType('text'),
    practitionerName: p.string(),
    profession: p.enum([...PROFESSIONS]),
    clinicName: p.string(),
    departmentName: p.string(),
    street: p.string(),
    postcode: p.string().length(4),
    city: p.string(),
    tariffCode: p.string(),
    tariffName: p.string(),
    typeName: p.string(),
    durationMinutes: p.integer(),
    /** T3, effective for this book × type: applied when the search reads free time. */
    minNoticeMinutes: p.integer().default(0),
    daysAhead: p.integer().nullable(),
    /**
     * When the readiness check's answer holds, as instants (its date-dependent rules — N3's validity, S1's coming
     * weeks — change only at Oslo midnights): the insurer may book from `bookableFrom` (null: already), and only
     * times starting before `bookableUntil` (null: no end within the built horizon). Applied when read, with the clock.
     */
    bookableFrom: p.datetime().nullable(),
    bookableUntil: p.datetime().nullable(),
  }),
});
export type Offer = InferEntity<typeof Offer>;
