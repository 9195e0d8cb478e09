import { searchFilterRows, type EntityManager, type SearchFilterRows } from '@bn/db';

export interface ListSearchFiltersOptions {
  em: EntityManager;
  insurerId: string;
}

export type SearchFilters = SearchFilterRows;

/** What the agent can search for: only tariffs, professions and places its insurer actually has offers for. */
export async function listSearchFilters({ em, insurerId }: ListSearchFiltersOptions): Promise<SearchFilters> {
  return searchFilterRows(em, insurerId);
}
