import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { MAX_LINE_QUANTITY, TARIFF_KINDS } from '@bn/domain';
import { baseProperties } from './common.js';
import { BillingCard } from './billing-card.entity.js';
import { Tariff } from './tariff.entity.js';

/**
 * A line of a billing card: the tariff as it was when it went on the card (code, name, kind are kept on the line, so
 * a billed card reads the same after the tariff list changes), its unit price in øre and quantity, in card order.
 */
export const BillingLine = defineEntity({
  name: 'BillingLine',
  tableName: 'billing_line',
  uniques: [{ properties: ['card', 'position'] }],
  checks: [
    { name: 'billing_line_quantity', expression: `quantity >= 1 and quantity <= ${MAX_LINE_QUANTITY}` },
    { name: 'billing_line_price', expression: 'price_ore is null or price_ore >= 0' },
  ],
  properties: (p) => ({
    ...baseProperties,
    card: () => p.manyToOne(BillingCard).deleteRule('cascade'),
    position: p.integer(),
    tariff: () => p.manyToOne(Tariff).nullable().deleteRule('set null').index(),
    code: p.string().columnType('text'),
    /** The tariff's name: the line's description on the card and the invoice. */
    name: p.string().columnType('text'),
    kind: p.enum([...TARIFF_KINDS]),
    /** Unit price in øre; null while no price is set (the card cannot be billed then). */
    priceOre: p.bigint('number').nullable(),
    quantity: p.integer(),
  }),
});
export type BillingLine = InferEntity<typeof BillingLine>;
