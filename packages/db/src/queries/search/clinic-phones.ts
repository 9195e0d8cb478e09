// The clinics' phone numbers for an agent's search answer: one lookup by primary key for the clinics the page names.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/** clinic id → phone (+47XXXXXXXX), for those of `clinicIds` that have one. */
export async function clinicPhones(em: EntityManager, clinicIds: readonly string[]): Promise<Record<string, string>> {
  const ids = [...new Set(clinicIds)];
  if (ids.length === 0) return {};
  const rows = await sqlOf(em)
    .selectFrom('clinic')
    .select(['id', 'phone'])
    .where('id', 'in', ids)
    .where('phone', 'is not', null)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.phone!]));
}
