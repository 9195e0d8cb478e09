import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';
import { Insurer } from './insurer.entity.js';

/**
 * An insurer app's key to the public API (docs/public-api.md). The key is `bnk_<keyId>_<secret>`: `keyId` is public
 * and finds the row, and only the SHA-256 of the whole key is stored, so the database cannot give a key away. A
 * rotation sets `expiresAt` (the end of the grace period) and names the new key; a revocation sets `revokedAt`.
 */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: (p) => ({
    ...baseProperties,
    insurer: () => p.manyToOne(Insurer).deleteRule('cascade').index(),
    keyId: p.string().columnType('text').unique(),
    secretHash: p.string().columnType('text'),
    label: p.string().columnType('text'),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    replacedBy: p.string().columnType('text').nullable(),
    lastUsedAt: p.datetime().nullable(),
  }),
});
export type ApiKey = InferEntity<typeof ApiKey>;

/**
 * Calls of one key in one minute: the public API's rate limit, counted in PostgreSQL so that every server process
 * shares it. Old minutes are removed by the retention job.
 */
export const ApiKeyUsage = defineEntity({
  name: 'ApiKeyUsage',
  tableName: 'api_key_usage',
  properties: (p) => ({
    apiKey: () => p.manyToOne(ApiKey).deleteRule('cascade').primary(),
    windowStart: p.datetime().primary().index(),
    calls: p.integer(),
  }),
});
export type ApiKeyUsage = InferEntity<typeof ApiKeyUsage>;
