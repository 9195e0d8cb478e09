import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { TARIFF_KINDS, type Profession } from '@bn/domain';
import { baseProperties } from './common.js';

/** The network's tariff list, kept by the network operator: insurance B-codes, Helfo tariffs and own tariffs. */
export const Tariff = defineEntity({
  name: 'Tariff',
  tableName: 'tariff',
  properties: (p) => ({
    ...baseProperties,
    code: p.string().unique(),
    name: p.string(),
    kind: p.enum([...TARIFF_KINDS]),
    /** Professions the tariff is for; empty = all. */
    professions: p.array<Profession>().default([]),
  }),
});
export type Tariff = InferEntity<typeof Tariff>;
