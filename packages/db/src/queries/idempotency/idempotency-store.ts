// The idempotency store: a request's first answer under (scope, key), written in the transaction (or the statement)
// that produced it, so a retry on any process gets that answer instead of running again. The answer is stored as
// `{ value, patch }`: `value` is whatever the caller encoded (the api's codec), `patch` the JSON fields a statement
// decided itself (a card's id), merged over the decoded value on replay. The SQL never looks inside `value`.
import { sql, type Expression, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface StoredAnswer {
  request_hash: string;
  response: unknown;
}

/** A stored response as the store writes it; older rows hold the encoded value itself. */
export interface StoredResponse {
  value: unknown;
  patch?: Record<string, unknown> | null;
}

export interface KeyRef {
  scope: string;
  /** No key: nothing is stored, nothing is read. */
  key: string | null;
}

/** The stored answer of (scope, key), if any: `left join`ed by the hold's and the confirmation's single read. */
export function storedAnswerJoin({ scope, key }: KeyRef): RawBuilder<unknown> {
  return sql`left join idempotency_key k on k.scope = ${scope}::text and k.key = ${key}::text`;
}

export async function readStoredAnswer(em: EntityManager, { scope, key }: KeyRef): Promise<StoredAnswer | null> {
  if (!key) return null;
  const row = await sqlOf(em)
    .selectFrom('idempotency_key')
    .select(['request_hash', 'response'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Claims the key in the caller's transaction before the work: a concurrent request with the same key makes this
 * insert wait for that request's outcome (committed: false, replay its answer; rolled back: the key is ours).
 */
export async function claimKey(
  tx: EntityManager,
  k: { scope: string; key: string; requestHash: string; now: Date | null },
): Promise<boolean> {
  const rows = await sqlOf(tx)
    .insertInto('idempotency_key')
    .values({
      scope: k.scope,
      key: k.key,
      request_hash: k.requestHash,
      response: JSON.stringify(null),
      created_at: k.now ?? sql<Date>`now()`,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('scope')
    .execute();
  return rows.length > 0;
}

/** The claimed key's answer, written by the work's transaction. */
export async function storeAnswer(tx: EntityManager, k: { scope: string; key: string; value: unknown }): Promise<void> {
  const response: StoredResponse = { value: k.value };
  await sqlOf(tx)
    .updateTable('idempotency_key')
    .set({ response: JSON.stringify(response) })
    .where('scope', '=', k.scope)
    .where('key', '=', k.key)
    .execute();
}

export interface StoreKeyOptions extends KeyRef {
  /** The request's hash (null without a key). */
  requestHash: string | null;
  /** The caller's encoded answer. */
  value: unknown;
  /** A jsonb object of the fields the statement itself decided, from the statement's own rows; none: {}. */
  patch?: Expression<unknown>;
  /** `from <cte>`: one row when the work was done, none when it was not (then nothing is stored). */
  from: RawBuilder<unknown>;
  /** The product's clock. */
  now: Date;
}

/**
 * The key's first answer, stored by the statement that does the work (a data-modifying CTE), so the booking and its
 * answer commit together without a transaction of their own. A plain insert: when a request with the same key
 * committed first, the whole statement fails with 23505 on `idempotency_key_pkey` (the api's
 * `isIdempotencyKeyTaken`), nothing is written, and the caller answers from the stored row. Without a key it stores
 * nothing.
 */
export function storeKeyStatement({
  scope,
  key,
  requestHash,
  value,
  patch,
  from,
  now,
}: StoreKeyOptions): RawBuilder<unknown> {
  const patchJson = patch ?? sql`'{}'::jsonb`;
  return sql`insert into idempotency_key (scope, key, request_hash, response, created_at)
    select ${scope}::text, ${key}::text, ${requestHash}::text,
           jsonb_build_object('value', ${JSON.stringify(value)}::jsonb, 'patch', ${patchJson}), ${now}::timestamptz
    ${from} where ${key}::text is not null
    returning 1`;
}
