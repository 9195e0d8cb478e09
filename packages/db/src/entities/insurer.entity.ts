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
    // The insurer as buyer on the clinics' EHF invoices (BG-7), kept by the network operator; null until given.
    legalName: p.string().nullable(),
    invoiceStreet: p.string().nullable(),
    invoicePostcode: p.string().nullable(),
    invoiceCity: p.string().nullable(),
    /** The insurer's reference for the clinics' invoices (BT-10), when it has given one. */
    invoiceReference: p.string().nullable(),
  }),
});
export type Insurer = InferEntity<typeof Insurer>;
