import type { EntityManager } from '@bn/db';

/**
 * Outbox rows not yet handed to the job queue, oldest first: what the relay sends on. A row whose job was created but
 * not yet marked (a crash in between) comes back here; the job queue refuses a second job with the same id.
 */
export async function listUnqueuedOutbox(em: EntityManager, limit = 100): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    'select id from outbox_message where sent_at is null and queued_at is null order by created_at limit ?',
    [limit],
  );
  return rows.map((r) => r.id);
}

export async function markOutboxQueued(em: EntityManager, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await em.execute(`update outbox_message set queued_at = ? where id in (${ids.map(() => '?').join(', ')})`, [now, ...ids]);
}
