import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { ClaimGrant } from '@bn/domain';
import { baseProperties } from './common.js';
import { Insurer } from './insurer.entity.js';
import { User } from './user.entity.js';

/**
 * The network operator's register of insurer cases (P2): what the case lookup answers when the insurer's own service
 * is not used. One row per insurer × case id (stored upper-case, as the domain normalises it). `grant` is the
 * domain's `ClaimGrant`, validated by `insurerCaseSchema` when it is written and when it is read.
 */
export const RegisteredCase = defineEntity({
  name: 'RegisteredCase',
  tableName: 'registered_case',
  uniques: [{ name: 'registered_case_insurer_case_unique', properties: ['insurer', 'caseId'] }],
  checks: [
    { name: 'registered_case_upper_case', expression: 'case_id = upper(case_id)' },
    { name: 'registered_case_valid_to', expression: 'valid_to is null or valid_to >= created_on - 14' },
  ],
  properties: (p) => ({
    ...baseProperties,
    insurer: () => p.manyToOne(Insurer).deleteRule('cascade'),
    caseId: p.string().columnType('text'),
    birthDate: p.date(),
    /** The day the insurer created the case: it covers treatment from 14 days before. */
    createdOn: p.date(),
    validTo: p.date().nullable(),
    grant: p.json<ClaimGrant>(),
    /** The network operator who registered or imported it (null once that user is deleted). */
    registeredBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
  }),
});
export type RegisteredCase = InferEntity<typeof RegisteredCase>;
