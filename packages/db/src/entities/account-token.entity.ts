import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { ACCOUNT_LINK_PURPOSES } from '@bn/domain';
import { baseProperties } from './common.js';
import { User } from './user.entity.js';

/**
 * A one-time link (an invitation or a password reset). The e-mail carries a random token; only its SHA-256 is stored.
 * It works until `expiresAt`, once (`usedAt`); a newer link of the same purpose replaces the older ones.
 */
export const AccountToken = defineEntity({
  name: 'AccountToken',
  tableName: 'account_token',
  properties: (p) => ({
    ...baseProperties,
    user: () => p.manyToOne(User).deleteRule('cascade').index(),
    purpose: p.enum([...ACCOUNT_LINK_PURPOSES]),
    tokenHash: p.string().columnType('text').unique(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  }),
});
export type AccountToken = InferEntity<typeof AccountToken>;
