// Idempotent requests: the first result of (scope, key) is stored in PostgreSQL in the transaction that produced it,
// so a retry — on this process or any other — gets that result instead of running again. The wire format of the
// stored answer (superjson, so dates stay dates) is this module's alone; the store in @bn/db keeps it opaque.
import { createHash } from 'node:crypto';
import superjson from 'superjson';
import { claimKey, readStoredAnswer, storeAnswer, type EntityManager, type StoredAnswer } from '@bn/db';
import { AppError } from '@bn/domain';

export interface IdempotentOptions<T> {
  em: EntityManager;
  /** The actor and the operation: `<user id>/booking.confirm`. */
  scope: string;
  /** No key: the work simply runs in a transaction. */
  key: string | null | undefined;
  /** The request without the key; a retry must send the same. */
  request: unknown;
  work: (tx: EntityManager) => Promise<T>;
  /** The product's clock: the key's age (retention keeps it at least 24 hours) is measured on it. */
  now?: Date;
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

/** An answer as the store keeps it (`value`): superjson's serialisation. */
export function encodeAnswer(value: unknown): unknown {
  return superjson.serialize(value);
}

/**
 * The stored answer for a request: IDEMPOTENCY_KEY_REUSED when the stored request differs. The store's `patch` (fields
 * a statement decided itself) goes over the decoded value; a row stored before the store had `value` is the
 * serialisation itself.
 */
export function replay<T>(row: StoredAnswer, hash: string): T {
  if (row.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  const stored = (typeof row.response === 'string' ? JSON.parse(row.response) : row.response) as Record<
    string,
    unknown
  >;
  type Serialized = Parameters<typeof superjson.deserialize>[0];
  if (!('value' in stored)) return superjson.deserialize(stored as unknown as Serialized);
  const value = superjson.deserialize<T>(stored.value as Serialized);
  const patch = stored.patch as Record<string, unknown> | null | undefined;
  return patch ? { ...value, ...patch } : value;
}

export async function idempotent<T>({ em, scope, key, request, work, now }: IdempotentOptions<T>): Promise<T> {
  if (!key) return em.transactional((tx) => work(tx));
  const hash = requestHash(request);
  const done = await readStoredAnswer(em, { scope, key });
  if (done) return replay<T>(done, hash);
  return em.transactional(async (tx) => {
    if (!(await claimKey(tx, { scope, key, requestHash: hash, now: now ?? null }))) {
      const row = await readStoredAnswer(tx, { scope, key });
      return replay<T>(row!, hash);
    }
    const result = await work(tx);
    await storeAnswer(tx, { scope, key, value: encodeAnswer(result) });
    return result;
  });
}
