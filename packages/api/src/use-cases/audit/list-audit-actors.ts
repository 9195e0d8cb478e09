import { auditActorRows, type EntityManager } from '@bn/db';
import { SYSTEM_ACTOR, type SessionUser } from '@bn/domain';
import { assertClinicAccess } from '../../scope.js';
import { hiddenAuditEntities } from './audit-scope.js';

export interface ListAuditActorsOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
}

export interface AuditActor {
  /** The user's id, or `SYSTEM_ACTOR` for entries written without a signed-in user. */
  id: string;
  name: string;
}

/** Everyone who wrote entries of the clinic's history this user may read, by name: the change log's «who» filter. */
export async function listAuditActors({ em, user, clinicId }: ListAuditActorsOptions): Promise<AuditActor[]> {
  assertClinicAccess(user, clinicId);
  const rows = await auditActorRows(em, clinicId, hiddenAuditEntities(user));
  return rows
    .map((r) => ({ id: r.actor_id ?? SYSTEM_ACTOR, name: r.actor_name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
