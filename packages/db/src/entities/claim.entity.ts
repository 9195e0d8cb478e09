import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { CLAIM_TYPES } from '@bn/domain';
import { baseProperties } from './common.js';
import { Patient } from './patient.entity.js';
import { Insurer } from './insurer.entity.js';

/**
 * An insurance claim (forsikringskrav) on a patient card. K5: a booking with a case id creates one automatically when
 * the card has none with that case id (its grant unknown until the case is imported). P2: a claim without a case id
 * records case number, claim type, treatments granted and validity (made by hand by the clinic).
 *
 * The grant (`claimTermsOf` reads it as the domain's `ClaimGrant`): no type = unknown (incomplete); "a total count" =
 * `treatmentsGranted`; "a count per treatment type" = `treatmentsPerTariff` (B-code → count). The checks keep exactly
 * one of the two filled for its type.
 */
export const Claim = defineEntity({
  name: 'Claim',
  tableName: 'claim',
  checks: [
    {
      name: 'claim_grant_shape',
      expression: `(claim_type is null and treatments_granted is null and treatments_per_tariff is null) or (claim_type = 'total' and treatments_granted is not null and treatments_per_tariff is null) or (claim_type = 'per_treatment_type' and treatments_granted is null and treatments_per_tariff is not null)`,
    },
  ],
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
    /** "a total count": the treatments granted. */
    treatmentsGranted: p.integer().nullable(),
    /** "a count per treatment type": upper-case B-code → treatments granted. */
    treatmentsPerTariff: p.json<Record<string, number>>().nullable(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    createdAutomatically: p.boolean().default(false),
  }),
});
export type Claim = InferEntity<typeof Claim>;
