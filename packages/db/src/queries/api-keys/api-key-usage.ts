// The public API's rate limit: calls per API key and minute, one row per key × minute, shared by every server process.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/**
 * Counts one call of the key in the window that starts at `windowStart` and answers the count including it. One
 * statement (an upsert), so concurrent calls on several processes are counted one after another by PostgreSQL.
 */
export async function countApiKeyCall(em: EntityManager, keyRowId: string, windowStart: Date): Promise<number> {
  const { rows } = await sql<{ calls: number }>`
    insert into api_key_usage (api_key_id, window_start, calls) values (${keyRowId}::text, ${windowStart}::timestamptz, 1)
    on conflict (api_key_id, window_start) do update set calls = api_key_usage.calls + 1
    returning calls`.execute(sqlOf(em));
  return rows[0]!.calls;
}

/** Marks the key as used at `now`, at most once a minute (a read for the operator, not a write per call). */
export async function touchApiKey(em: EntityManager, keyRowId: string, now: Date): Promise<void> {
  await sqlOf(em)
    .updateTable('api_key')
    .set({ last_used_at: now })
    .where('id', '=', keyRowId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(now.getTime() - 60_000))]))
    .execute();
}
