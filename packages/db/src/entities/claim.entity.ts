import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { CLAIM_TYPES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Patient } from './patient.entity.js';
import { Insurer } from './insurer.entity.js';

/**
 * An insurance claim (forsikringskrav) on a patient card. K5: a booking with a case id creates one automatically when
 * the card has none with that case id. P2: a claim without a case id records case number, claim type, treatments
 * granted and validity (made by hand by the clinic).
 */
export const Claim = defineEntity({
  name: 'Claim',
  tableName: 'claim',
  indexes: [
    {
      // One claim per patient × insurer × case id; claims without a case id are not limited.
      name: 'claim_patient_insurer_case_unique',
      expression: `create unique index "claim_patient_insurer_case_unique" on "claim" ("patient_id", "insurer_id", "case_id") where "case_id" is not null`,
    },
  ],
  properties: (p) => ({
    ...baseProperties,
    patient: () => p.manyToOne(Patient).deleteRule('cascade').index(),
    insurer: () => p.manyToOne(Insurer).deleteRule('cascade'),
    /** SakID, upper-case. */
    caseId: p.string().columnType('text').nullable(),
    caseNumber: p.string().nullable(),
    claimType: p.enum([...CLAIM_TYPES]).nullable(),
    treatmentsGranted: p.integer().nullable(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    createdAutomatically: p.boolean().default(false),
  }),
});
export type Claim = InferEntity<typeof Claim>;
