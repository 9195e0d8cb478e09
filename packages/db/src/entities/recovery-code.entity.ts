import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';
import { User } from './user.entity.js';

/** A second-factor recovery code: shown once at enrolment, stored as its SHA-256, good for one sign-in. */
export const RecoveryCode = defineEntity({
  name: 'RecoveryCode',
  tableName: 'recovery_code',
  properties: (p) => ({
    ...baseProperties,
    user: () => p.manyToOne(User).deleteRule('cascade').index(),
    codeHash: p.string().columnType('text'),
    usedAt: p.datetime().nullable(),
  }),
});
export type RecoveryCode = InferEntity<typeof RecoveryCode>;
