import type { EntityManager } from '@bn/db';

export interface ListSearchFiltersOptions {
  em: EntityManager;
  insurerId: string;
}

export interface SearchFilters {
  tariffs: { code: string; name: string }[];
  professions: string[];
  cities: string[];
}

/** What the agent can search for: only tariffs, professions and places its insurer actually has offers for. */
export async function listSearchFilters({ em, insurerId }: ListSearchFiltersOptions): Promise<SearchFilters> {
  const conn = em.getConnection();
  const [tariffs, professions, cities] = await Promise.all([
    conn.execute(
      `select distinct tariff_code as code, tariff_name as name from offer where insurer_id = ? order by tariff_code`,
      [insurerId],
    ),
    conn.execute(`select distinct profession from offer where insurer_id = ? order by profession`, [insurerId]),
    conn.execute(`select distinct city from offer where insurer_id = ? order by city`, [insurerId]),
  ]);
  return {
    tariffs: tariffs as { code: string; name: string }[],
    professions: (professions as { profession: string }[]).map((r) => r.profession),
    cities: (cities as { city: string }[]).map((r) => r.city),
  };
}
