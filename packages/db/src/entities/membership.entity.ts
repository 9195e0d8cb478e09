import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { MEMBERSHIP_RESET_REASONS, MEMBERSHIP_STATUSES } from '@bn/domain';
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
    /**
     * Why an approved membership went back to pending without the clinic asking: the HPR number or the profession
     * the network approved changed. Shown to the clinic until the operator decides again.
     */
    resetReason: p.enum([...MEMBERSHIP_RESET_REASONS]).nullable(),
    /** Why the operator rejected the application (N2); the clinic sees it until it applies again. */
    rejectionReason: p.text().nullable(),
  }),
});
export type Membership = InferEntity<typeof Membership>;
