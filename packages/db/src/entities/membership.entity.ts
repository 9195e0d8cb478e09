import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { MEMBERSHIP_STATUSES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Practitioner } from './practitioner.entity.js';

/** N2: a practitioner's membership of the network: applied, approved or revoked by the network operator. */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: (p) => ({
    ...baseProperties,
    practitioner: () => p.manyToOne(Practitioner).deleteRule('cascade').unique(),
    status: p.enum([...MEMBERSHIP_STATUSES]),
    decidedAt: p.datetime().nullable(),
  }),
});
export type Membership = InferEntity<typeof Membership>;
