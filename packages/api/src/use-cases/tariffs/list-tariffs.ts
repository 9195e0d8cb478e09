import type { EntityManager } from '@bn/db';
import { Tariff } from '@bn/db';
import type { TariffConfig } from '@bn/domain';
import { toTariffConfig } from '../../config-shape.js';

export interface ListTariffsOptions {
  em: EntityManager;
}

/** The network's tariff list, by code: insurance B-codes, Helfo tariffs and own tariffs. */
export async function listTariffs({ em }: ListTariffsOptions): Promise<TariffConfig[]> {
  const tariffs = await em.find(Tariff, {}, { orderBy: { code: 'asc' } });
  return tariffs.map(toTariffConfig);
}
