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

/**
 * Marks rows as handed to the job queue. Several relays (one per server) and the deliveries touch the same rows at
 * once: rows another transaction holds are skipped instead of waited for, so no two relays can deadlock over lock
 * order. A skipped row stays unmarked and is relayed again; its job id is its own id, so no second job is created.
 */
export async function markOutboxQueued(em: EntityManager, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await em.execute(
    `update outbox_message set queued_at = ? where id in (
       select id from outbox_message where id in (${ids.map(() => '?').join(', ')}) and queued_at is null
       order by id for update skip locked)`,
    [now, ...ids],
  );
}
