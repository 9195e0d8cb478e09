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

/**
 * Entries about a patient's record (a claim, a billing card: case ids, grants, the tariffs a patient was treated
 * with) are health data. The clinic's own admins see them in the history; support and the network operator, who
 * read the history to help with a clinic's set-up, see its configuration only.
 */
const PATIENT_RECORD_AUDIT_ENTITIES = ['claim', 'billingCard'] as const;

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
  const scope =
    user.role === 'clinic_admin' ? { clinicId } : { clinicId, entity: { $nin: [...PATIENT_RECORD_AUDIT_ENTITIES] } };
  const where = cursor
    ? {
        ...scope,
        $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }],
      }
    : scope;
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
