import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Clinic } from './clinic.entity.js';

/**
 * How far a clinic's derived search data is built: the Oslo date its offers were last judged for, and the last Oslo
 * date its free time holds. Written in the transaction that builds them (a configuration change, the nightly job), so
 * the nightly job and start-up catch-up know exactly which days to add — whatever happened to the server meanwhile.
 */
export const ClinicHorizon = defineEntity({
  name: 'ClinicHorizon',
  tableName: 'clinic_horizon',
  properties: (p) => ({
    clinic: () => p.manyToOne(Clinic).primary().deleteRule('cascade'),
    offersEvaluatedOn: p.date(),
    /** Null: not known (built before the marker existed, or only offers were judged): the next run builds it all. */
    freeTimeThrough: p.date().nullable(),
    updatedAt: p.datetime(),
  }),
});
export type ClinicHorizon = InferEntity<typeof ClinicHorizon>;
