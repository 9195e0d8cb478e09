import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';

/** D1: a department's visiting address, kept as a contact card of the clinic. */
export const Department = defineEntity({
  name: 'Department',
  tableName: 'department',
  /** One department per address in a clinic (the use case also compares without case and spacing). */
  uniques: [{ properties: ['clinic', 'street', 'postcode', 'city'] }],
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade').index(),
    name: p.string(),
    street: p.string(),
    postcode: p.string().length(4),
    city: p.string(),
    /** D2: when support registered this address with the network; null until then. */
    registeredWithNetworkAt: p.datetime().nullable(),
  }),
});
export type Department = InferEntity<typeof Department>;
