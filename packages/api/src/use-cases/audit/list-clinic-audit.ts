import type { EntityManager } from '@bn/db';
import { AuditEntry } from '@bn/db';
import { AppError, type SessionUser } from '@bn/domain';
import { assertClinicAccess } from '../../scope.js';

export interface ListClinicAuditOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  /** At most this many entries (default 50). */
  limit?: number;
  /** The id of the last entry of the previous page: the next page starts just after it. */
  before?: string;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorName: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The clinic's configuration history, newest first; paged by entry id, so entries written in one instant are not skipped. */
export async function listClinicAudit({
  em,
  user,
  clinicId,
  limit = 50,
  before,
}: ListClinicAuditOptions): Promise<AuditRow[]> {
  assertClinicAccess(user, clinicId);
  const cursor = before ? await em.findOne(AuditEntry, { id: before, clinicId }) : null;
  if (before && !cursor) throw new AppError('NOT_FOUND');
  const where = cursor
    ? {
        clinicId,
        $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }],
      }
    : { clinicId };
  const entries = await em.find(AuditEntry, where, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit });
  return entries.map((e) => ({
    id: e.id,
    at: e.createdAt,
    actorName: e.actorName,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
}
