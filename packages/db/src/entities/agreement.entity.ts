import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { AGREEMENT_STATUSES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Insurer } from './insurer.entity.js';
import { Clinic } from './clinic.entity.js';
import { Practitioner } from './practitioner.entity.js';

/** N3: an agreement between an insurer and a clinic, or a practitioner personally. Dates are Oslo calendar dates. */
export const Agreement = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  checks: [
    { name: 'agreement_one_party', expression: '(clinic_id is null) <> (practitioner_id is null)' },
    { name: 'agreement_dates', expression: 'valid_to is null or valid_to >= valid_from' },
  ],
  properties: (p) => ({
    ...baseProperties,
    insurer: () => p.manyToOne(Insurer).deleteRule('cascade').index(),
    clinic: () => p.manyToOne(Clinic).nullable().deleteRule('cascade').index(),
    practitioner: () => p.manyToOne(Practitioner).nullable().deleteRule('cascade').index(),
    status: p.enum([...AGREEMENT_STATUSES]),
    validFrom: p.date(),
    validTo: p.date().nullable(),
  }),
});
export type Agreement = InferEntity<typeof Agreement>;
