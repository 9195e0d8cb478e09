import { removeRetainedBatch, type EntityManager } from '@bn/db';
import { SIGN_IN_THROTTLE } from '@bn/domain';

/**
 * How long the network keeps what it only needs for a while (README, "Recurring jobs"). Each period starts from the
 * product's clock, as the rows were written with it.
 */
export const RETENTION = {
  /** An idempotency key's answer is replayed for at least 24 hours; the key is removed after 48. */
  idempotencyKeyHours: 48,
  /** A session is removed once it has expired (it cannot be used after that anyway). */
  sessionHoursAfterExpiry: 0,
  /** A failed sign-in counts for the throttle's window only, and is removed after it. */
  signInAttemptMinutes: SIGN_IN_THROTTLE.windowMinutes,
  /** A delivered message leaves the outbox a day after delivery; the notification log keeps what it shows. */
  deliveredOutboxHours: 24,
  /** An API key's calls per minute count for the rate limit's minute only; removed an hour later. */
  apiKeyUsageHours: 1,
} as const;

export const RETENTION_UNITS = [
  'idempotency_key',
  'session',
  'sign_in_attempt',
  'outbox_message',
  'api_key_usage',
] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

/** Rows per statement: each delete is short, so it never holds locks a booking waits for. */
const BATCH = 5000;

const HOUR_MS = 3_600_000;

const CUTOFFS: Record<RetentionUnit, (now: Date) => Date> = {
  idempotency_key: (now) => new Date(now.getTime() - RETENTION.idempotencyKeyHours * HOUR_MS),
  session: (now) => new Date(now.getTime() - RETENTION.sessionHoursAfterExpiry * HOUR_MS),
  sign_in_attempt: (now) => new Date(now.getTime() - RETENTION.signInAttemptMinutes * 60_000),
  outbox_message: (now) => new Date(now.getTime() - RETENTION.deliveredOutboxHours * HOUR_MS),
  api_key_usage: (now) => new Date(now.getTime() - RETENTION.apiKeyUsageHours * HOUR_MS),
};

export interface ApplyRetentionOptions {
  em: EntityManager;
  unit: RetentionUnit;
  now: Date;
}

/** Removes one table's rows past their period, a batch per statement; returns how many. Safe to run any number of times. */
export async function applyRetention({ em, unit, now }: ApplyRetentionOptions): Promise<{ removed: number }> {
  const before = CUTOFFS[unit](now);
  let removed = 0;
  for (;;) {
    const n = await removeRetainedBatch(em, unit, before, BATCH);
    removed += n;
    if (n < BATCH) return { removed };
  }
}
