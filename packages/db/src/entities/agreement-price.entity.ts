import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { Agreement } from './agreement.entity.js';
import { Tariff } from './tariff.entity.js';

/** The B-tariff price in øre the network operator sets for an agreement: what the insurer pays for that treatment. */
export const AgreementPrice = defineEntity({
  name: 'AgreementPrice',
  tableName: 'agreement_price',
  checks: [{ name: 'agreement_price_not_negative', expression: 'price_ore >= 0' }],
  properties: (p) => ({
    agreement: () => p.manyToOne(Agreement).primary().deleteRule('cascade'),
    tariff: () => p.manyToOne(Tariff).primary().deleteRule('cascade').index(),
    priceOre: p.bigint('number'),
    updatedAt: p.datetime(),
  }),
});
export type AgreementPrice = InferEntity<typeof AgreementPrice>;
