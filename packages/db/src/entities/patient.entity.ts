import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';

/**
 * A patient card (pasientkort). Each clinic keeps its own card, found by national identity number when a booking is
 * confirmed, or created from the booking's details. A booking never changes the card: it keeps its booker's details
 * itself (`Appointment.bookedName` …), and the clinic takes them over when it agrees.
 */
export const Patient = defineEntity({
  name: 'Patient',
  tableName: 'patient',
  uniques: [{ properties: ['clinic', 'nationalId'] }],
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade'),
    /** 11 digits (fødselsnummer, D- or H-number), validated by the domain. */
    nationalId: p.string().columnType('text'),
    name: p.string(),
    phone: p.string().nullable(),
    email: p.string().nullable(),
    birthDate: p.date(),
  }),
});
export type Patient = InferEntity<typeof Patient>;
