import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { PROFESSIONS } from '@bn/domain';
import { baseProperties } from './common.js';
import { Clinic } from './clinic.entity.js';

export const Practitioner = defineEntity({
  name: 'Practitioner',
  tableName: 'practitioner',
  properties: (p) => ({
    ...baseProperties,
    clinic: () => p.manyToOne(Clinic).deleteRule('cascade').index(),
    name: p.string(),
    profession: p.enum([...PROFESSIONS]),
    /** N2: HPR number, required for authorised professions; one person's number, so unique in the network. */
    hprNumber: p.string().nullable().unique(),
  }),
});
export type Practitioner = InferEntity<typeof Practitioner>;
