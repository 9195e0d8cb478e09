import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@bn/db';
import { AuditEntry } from '@bn/db';
import { AppError, SYSTEM_ACTOR, addDays, osloInstant, type AuditEntity, type SessionUser } from '@bn/domain';
import { assertClinicAccess } from '../../scope.js';
import { hiddenAuditEntities } from './audit-scope.js';

export interface ListClinicAuditOptions {
  em: EntityManager;
  user: SessionUser;
  clinicId: string;
  /** At most this many entries (default 50). */
  limit?: number;
  /** The id of the last entry of the previous page: the next page starts just after it. */
  before?: string | undefined;
  /** Only entries about this kind of thing. */
  entity?: AuditEntity | undefined;
  /** Only entries by this user, or (`SYSTEM_ACTOR`) by nobody signed in. */
  actorId?: string | undefined;
  /** Oslo calendar dates `YYYY-MM-DD`, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
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

/**
 * The clinic's configuration history, newest first, filtered in the query (indexes on clinic × entity and clinic ×
 * actor, by time); paged by entry id, so entries written in one instant are not skipped.
 */
export async function listClinicAudit({
  em,
  user,
  clinicId,
  limit = 50,
  before,
  entity,
  actorId,
  from,
  to,
}: ListClinicAuditOptions): Promise<AuditRow[]> {
  assertClinicAccess(user, clinicId);
  const cursor = before ? await em.findOne(AuditEntry, { id: before, clinicId }) : null;
  if (before && !cursor) throw new AppError('NOT_FOUND');
  const hidden = hiddenAuditEntities(user);
  const conditions: FilterQuery<AuditEntry>[] = [{ clinicId }];
  if (hidden.length > 0) conditions.push({ entity: { $nin: [...hidden] } });
  if (entity) conditions.push({ entity });
  if (actorId) conditions.push({ actorId: actorId === SYSTEM_ACTOR ? null : actorId });
  // A day in Oslo runs from its local midnight to the next one (23 or 25 hours on the days the clock changes).
  if (from) conditions.push({ createdAt: { $gte: osloInstant(from, '00:00') } });
  if (to) conditions.push({ createdAt: { $lt: osloInstant(addDays(to, 1), '00:00') } });
  if (cursor)
    conditions.push({
      $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }],
    });
  const entries = await em.find(
    AuditEntry,
    { $and: conditions },
    { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit },
  );
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
