// The outbox's way out: the relay hands unqueued rows to the job queue; a delivery locks, sends and marks one row.

import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/**
 * Outbox rows not yet handed to the job queue, oldest first: what the relay sends on. A row whose job was created but
 * not yet marked (a crash in between) comes back here; the job queue refuses a second job with the same id.
 */
export async function unqueuedOutboxIds(em: EntityManager, limit: number): Promise<string[]> {
  const rows = await sqlOf(em)
    .selectFrom('outbox_message')
    .select('id')
    .where('sent_at', 'is', null)
    .where('queued_at', 'is', null)
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Marks rows as handed to the job queue. Several relays (one per server) and the deliveries touch the same rows at
 * once: rows another transaction holds are skipped instead of waited for, so no two relays can deadlock over lock
 * order. A skipped row stays unmarked and is relayed again; its job id is its own id, so no second job is created.
 */
export async function markOutboxQueued(em: EntityManager, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  const db = sqlOf(em);
  await db
    .updateTable('outbox_message')
    .set({ queued_at: now })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox_message')
        .select('id')
        .where('id', 'in', [...ids])
        .where('queued_at', 'is', null)
        .orderBy('id')
        .forUpdate()
        .skipLocked(),
    )
    .execute();
}

export interface NotificationLogRow {
  id: string;
  created_at: Date;
  kind: string;
  event: string;
  channel: string;
  recipient_masked: string;
  subject: string | null;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

/** The clinic's messages, newest first: the outbox and, past retention, the notification log together. */
export async function notificationLogRows(
  em: EntityManager,
  clinicId: string,
  limit: number,
): Promise<NotificationLogRow[]> {
  const { rows } = await sql<NotificationLogRow>`select * from (
       (select id, created_at, kind, event, channel, recipient_masked, payload->>'subject' as subject, sent_at, attempts, last_error
        from outbox_message where clinic_id = ${clinicId}::text order by created_at desc, id limit ${limit}::int)
       union all
       (select id, created_at, kind, event, channel, recipient_masked, subject, sent_at, attempts, null
        from notification_log where clinic_id = ${clinicId}::text order by created_at desc, id limit ${limit}::int)
     ) log order by created_at desc, id limit ${limit}::int`.execute(sqlOf(em));
  return rows;
}

/** Messages still to be sent and not failing: how many, and how long the oldest has waited (seconds). */
export async function outboxBacklog(em: EntityManager): Promise<{ waiting: number; oldestSeconds: number }> {
  const { rows } = await sql<{ waiting: string; oldest: string | null }>`
    select count(*) as waiting, extract(epoch from now() - min(created_at)) as oldest
    from outbox_message where sent_at is null and last_error is null`.execute(sqlOf(em));
  return { waiting: Number(rows[0]?.waiting ?? 0), oldestSeconds: Number(rows[0]?.oldest ?? 0) };
}
