import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { BOOK_OWNER_KINDS, type PatientList, type Restrictions } from '@bn/domain';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';
import { Practitioner } from './practitioner.entity.js';

/** A clinic's appointment book (timebok): B1–B4 and the book's online restrictions (T3). */
export const AppointmentBook = defineEntity({
  name: 'AppointmentBook',
  tableName: 'appointment_book',
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade').index(),
    name: p.string(),
    ownerKind: p.enum([...BOOK_OWNER_KINDS]),
    ownerPractitioner: () => p.manyToOne(Practitioner).nullable().deleteRule('set null').index(),
    groupName: p.string().nullable(),
    onlineBooking: p.boolean().default(false),
    patientLists: p.array<PatientList>().default([]),
    restrictions: p.json<Restrictions>(),
  }),
});
export type AppointmentBook = InferEntity<typeof AppointmentBook>;
