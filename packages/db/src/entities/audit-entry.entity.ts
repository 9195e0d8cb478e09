import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from './common.js';

/**
 * Every configuration change: who, when, what, before and after. Append-only; no foreign keys, so the record
 * outlives the rows it describes.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  // The change log reads a clinic's entries newest first, filtered by kind of thing or by who wrote them.
  indexes: [
    { properties: ['clinicId', 'createdAt'] },
    { properties: ['clinicId', 'entity', 'createdAt'] },
    { properties: ['clinicId', 'actorId', 'createdAt'] },
  ],
  properties: (p) => ({
    ...baseProperties,
    actorId: p.string().columnType('text').nullable(),
    actorName: p.string(),
    clinicId: p.string().columnType('text').nullable(),
    entity: p.string(),
    entityId: p.string().columnType('text'),
    action: p.enum(['create', 'update', 'delete', 'import']),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
  }),
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
