// What an agent's search can be narrowed by: the distinct tariffs, professions and cities of its insurer's offers.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface SearchFilterRows {
  tariffs: { code: string; name: string }[];
  professions: string[];
  cities: string[];
}

export async function searchFilterRows(em: EntityManager, insurerId: string): Promise<SearchFilterRows> {
  const offers = sqlOf(em).selectFrom('offer').where('insurer_id', '=', insurerId).distinct();
  const [tariffs, professions, cities] = await Promise.all([
    offers.select(['tariff_code as code', 'tariff_name as name']).orderBy('tariff_code').execute(),
    offers.select('profession').orderBy('profession').execute(),
    offers.select('city').orderBy('city').execute(),
  ]);
  return {
    tariffs,
    professions: professions.map((r) => r.profession),
    cities: cities.map((r) => r.city),
  };
}
