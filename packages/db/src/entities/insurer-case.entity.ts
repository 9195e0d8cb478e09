import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Insurer } from './insurer.entity.js';

/**
 * A case id (SakID) belongs to one insurer and one patient: the first booking with it records whose it is, across
 * every clinic (each clinic has its own card for the patient, so the patient is the national id, not a card). The
 * primary key makes PostgreSQL itself refuse a second patient for the same case id, so two confirmations racing
 * cannot both win. Case ids are stored upper-case, as the domain normalises them, so they compare case-insensitively.
 */
export const InsurerCase = defineEntity({
  name: 'InsurerCase',
  tableName: 'insurer_case',
  checks: [{ name: 'insurer_case_upper_case', expression: 'case_id = upper(case_id)' }],
  properties: (p) => ({
    insurer: () => p.manyToOne(Insurer).primary().deleteRule('cascade'),
    caseId: p.string().columnType('text').primary(),
    /** 11 digits, as on the patient's cards. */
    nationalId: p.string().columnType('text'),
    createdAt: p.datetime().onCreate(() => new Date()),
  }),
});
export type InsurerCase = InferEntity<typeof InsurerCase>;
