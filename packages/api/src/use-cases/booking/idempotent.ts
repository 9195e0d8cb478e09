// Idempotent requests: the first result of (scope, key) is stored in PostgreSQL in the transaction that produced it,
// so a retry — on this process or any other — gets that result instead of running again.
import { createHash } from 'node:crypto';
import superjson from 'superjson';
import type { EntityManager } from '@bn/db';
import { AppError } from '@bn/domain';
import { sql, type Sql } from './sql-values.js';

export interface IdempotentOptions<T> {
  em: EntityManager;
  /** The actor and the operation: `<user id>/booking.confirm`. */
  scope: string;
  /** No key: the work simply runs in a transaction. */
  key: string | null | undefined;
  /** The request without the key; a retry must send the same. */
  request: unknown;
  work: (tx: EntityManager) => Promise<T>;
  /** The caller already read the key (in a query of its own) and found nothing. */
  lookedUp?: boolean;
  /** The product's clock: the key's age (retention keeps it at least 24 hours) is measured on it. */
  now?: Date;
}

export interface StoredRow {
  request_hash: string;
  response: unknown;
}

function stable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function requestHash(request: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(stable(request)))
    .digest('hex');
}

/** The stored answer for a request: IDEMPOTENCY_KEY_REUSED when the stored request differs. */
export function replay<T>(row: StoredRow, hash: string): T {
  if (row.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  const stored = typeof row.response === 'string' ? (JSON.parse(row.response) as unknown) : row.response;
  return superjson.deserialize(stored as Parameters<typeof superjson.deserialize>[0]);
}

export interface StoreKeyOptions {
  scope: string;
  key: string | null | undefined;
  /** The request without the key (hashed as `requestHash` does). */
  request: unknown;
  /** The answer as a jsonb expression: superjson's serialisation, possibly completed from the statement's own rows. */
  response: Sql;
  /** `from <cte>`: one row when the work was done, none when it was not (then nothing is stored). */
  from: Sql;
  /** The product's clock (the database's when omitted). */
  now?: Date;
}

/**
 * The key's first answer, stored by the statement that does the work (a data-modifying CTE), so the booking and its
 * answer commit together without a transaction of their own. A plain insert: when a request with the same key
 * committed first, the whole statement fails with 23505 on `idempotency_key_pkey` (`isIdempotencyKeyTaken`), nothing
 * is written, and the caller answers from the stored row (`replay`). Without a key it stores nothing.
 */
export function storeKeySql({ scope, key, request, response, from, now }: StoreKeyOptions): Sql {
  const hash = key ? requestHash(request) : null;
  return sql`insert into idempotency_key (scope, key, request_hash, response, created_at)
    select ${scope}::text, ${key ?? null}::text, ${hash}::text, ${response}, coalesce(${now ?? null}::timestamptz, now()) ${from} where ${key ?? null}::text is not null
    returning 1`;
}

const SELECT = 'select request_hash, response from idempotency_key where scope = ? and key = ?';

export async function idempotent<T>({
  em,
  scope,
  key,
  request,
  work,
  lookedUp = false,
  now,
}: IdempotentOptions<T>): Promise<T> {
  if (!key) return em.transactional((tx) => work(tx));
  const hash = requestHash(request);
  if (!lookedUp) {
    const [done] = await em.execute<StoredRow[]>(SELECT, [scope, key]);
    if (done) return replay<T>(done, hash);
  }
  return em.transactional(async (tx) => {
    // Claims the key. A concurrent request with the same key makes this insert wait for that request's outcome:
    // committed → conflict, and its stored answer is replayed; rolled back → the key is ours.
    const claimed = await tx.execute<unknown[]>(
      `insert into idempotency_key (scope, key, request_hash, response, created_at) values (?, ?, ?, 'null', coalesce(?::timestamptz, now()))
       on conflict do nothing returning scope`,
      [scope, key, hash, now ?? null],
    );
    if (claimed.length === 0) {
      const [row] = await tx.execute<StoredRow[]>(SELECT, [scope, key]);
      return replay<T>(row!, hash);
    }
    const result = await work(tx);
    await tx.execute('update idempotency_key set response = ?::jsonb where scope = ? and key = ?', [
      JSON.stringify(superjson.serialize(result)),
      scope,
      key,
    ]);
    return result;
  });
}
