import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';

export const Insurer = defineEntity({
  name: 'Insurer',
  tableName: 'insurer',
  properties: (p) => ({
    ...baseProperties,
    name: p.string().unique(),
    orgNumber: p.string().length(9).unique(),
    /** N4: only insurers that offer online booking for psychologists may book psychologists. */
    offersPsychologistBooking: p.boolean().default(false),
    hasPatientApp: p.boolean().default(false),
    appName: p.string().nullable(),
  }),
});
export type Insurer = InferEntity<typeof Insurer>;
