// The departments' names and addresses the agent's place search resolves a typed place against (resolvePlace in
// @bn/domain): only departments registered with the network, the ones offers can come from.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface PlaceCandidateRow {
  name: string;
  postcode: string;
  city: string;
}

export async function placeCandidateRows(em: EntityManager): Promise<PlaceCandidateRow[]> {
  return sqlOf(em)
    .selectFrom('department')
    .where('registered_with_network_at', 'is not', null)
    .select(['name', 'postcode', 'city'])
    .distinct()
    .execute();
}
