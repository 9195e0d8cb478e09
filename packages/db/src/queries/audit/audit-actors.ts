// Who has written a clinic's change log: the choices of its «who» filter.
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface AuditActorRow {
  /** Null for entries written without a signed-in user. */
  actor_id: string | null;
  /** The name the actor's newest entry was written with. */
  actor_name: string;
}

/** One row per actor of the clinic's entries, leaving out entries of the `hiddenEntities` kinds. */
export async function auditActorRows(
  em: EntityManager,
  clinicId: string,
  hiddenEntities: readonly string[],
): Promise<AuditActorRow[]> {
  let query = sqlOf(em)
    .selectFrom('audit_entry')
    .distinctOn('actor_id')
    .select(['actor_id', 'actor_name'])
    .where('clinic_id', '=', clinicId);
  if (hiddenEntities.length > 0) query = query.where('entity', 'not in', [...hiddenEntities]);
  return query.orderBy('actor_id').orderBy('created_at', 'desc').execute();
}
