import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Clinic } from './clinic.entity.js';
import { Tariff } from './tariff.entity.js';

/** The clinic's price list: its price in øre for a Helfo or own tariff (B-tariffs are priced per agreement). */
export const ClinicPrice = defineEntity({
  name: 'ClinicPrice',
  tableName: 'clinic_price',
  checks: [{ name: 'clinic_price_not_negative', expression: 'price_ore >= 0' }],
  properties: (p) => ({
    clinic: () => p.manyToOne(Clinic).primary().deleteRule('cascade'),
    tariff: () => p.manyToOne(Tariff).primary().deleteRule('cascade').index(),
    priceOre: p.bigint('number'),
    updatedAt: p.datetime(),
  }),
});
export type ClinicPrice = InferEntity<typeof ClinicPrice>;
