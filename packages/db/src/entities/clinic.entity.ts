import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';

export const Clinic = defineEntity({
  name: 'Clinic',
  tableName: 'clinic',
  properties: (p) => ({
    ...baseProperties,
    name: p.string(),
    orgNumber: p.string().length(9).unique(),
    /** N5: the network operator (or support) switches the integration on at the clinic's request. */
    integrationActive: p.boolean().default(false),
    /** D2: when the clinic told the network it has several departments; null until it has. */
    severalDepartmentsNotifiedAt: p.datetime().nullable(),
    /** T3: the clinic's cap on self-booked appointments per patient. */
    maxSelfBooked: p.integer().nullable(),
  }),
});
export type Clinic = InferEntity<typeof Clinic>;
