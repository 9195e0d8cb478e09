import { markOutboxQueued as markQueued, unqueuedOutboxIds, type EntityManager } from '@bn/db';

/** Outbox rows not yet handed to the job queue, oldest first: what the relay sends on (see @bn/db's outbox). */
export async function listUnqueuedOutbox(em: EntityManager, limit = 100): Promise<string[]> {
  return unqueuedOutboxIds(em, limit);
}

/** Marks rows as handed to the job queue; rows another transaction holds are skipped (relayed again, same job id). */
export async function markOutboxQueued(em: EntityManager, ids: readonly string[], now: Date): Promise<void> {
  await markQueued(em, ids, now);
}
