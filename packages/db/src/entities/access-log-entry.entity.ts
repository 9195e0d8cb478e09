import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { ACCESS_ACTIONS, ROLES } from '@bn/domain';
import { baseProperties } from './common.js';

/**
 * Who read which patient's data, when and what (Normen; pasientjournalloven § 22): one row per patient per read.
 * Append-only, without foreign keys, so the record outlives the rows it describes. `createdAt` is "when".
 */
export const AccessLogEntry = defineEntity({
  name: 'AccessLogEntry',
  tableName: 'access_log_entry',
  indexes: [{ properties: ['patientId', 'createdAt'] }, { properties: ['clinicId', 'createdAt'] }],
  properties: (p) => ({
    ...baseProperties,
    actorId: p.string().columnType('text'),
    actorName: p.string(),
    role: p.enum([...ROLES]),
    patientId: p.string().columnType('text'),
    clinicId: p.string().columnType('text'),
    action: p.enum([...ACCESS_ACTIONS]),
    /** What was shown, in words: "pasientkort", "timer 01.12.2026–07.12.2026". */
    what: p.text(),
  }),
});
export type AccessLogEntry = InferEntity<typeof AccessLogEntry>;
