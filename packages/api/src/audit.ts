// Records configuration changes (who, when, what, before and after), shown per clinic in the admin app.
import type { EntityManager } from '@bn/db';
import { AuditEntry } from '@bn/db';
import type { SessionUser } from '@bn/domain';
import { collectorOf } from './config-transaction.js';

export interface AuditChange {
  clinicId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | 'import';
  before: object | null;
  after: object | null;
}

/** Adds an audit row to the unit of work; it is written in the same transaction as the change itself. */
export function recordChange(
  em: EntityManager,
  actor: Pick<SessionUser, 'id' | 'name'> | null,
  change: AuditChange,
): void {
  const collector = collectorOf(em);
  if (collector) {
    if (change.clinicId) collector.clinicIds.add(change.clinicId);
    else collector.global = true;
    collector.changes.push(change);
  }
  em.create(AuditEntry, {
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? 'system',
    clinicId: change.clinicId,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    before: change.before ? (JSON.parse(JSON.stringify(change.before)) as Record<string, unknown>) : null,
    after: change.after ? (JSON.parse(JSON.stringify(change.after)) as Record<string, unknown>) : null,
  });
}
