import { countApiKeyCall, type EntityManager } from '@bn/db';
import { AppError } from '@bn/domain';

export interface ThrottleApiKeyOptions {
  em: EntityManager;
  /** The key's row id (the booker's keyId). */
  keyRowId: string;
  now: Date;
  /** Calls a key may make per minute (API_RATE_LIMIT). */
  perMinute: number;
}

/**
 * Counts the call against its key's minute and refuses it beyond the limit: TOO_MANY_ATTEMPTS with the seconds until
 * the next minute starts (the server sends them as Retry-After). A fixed window: simple, shared by every process.
 */
export async function throttleApiKey({ em, keyRowId, now, perMinute }: ThrottleApiKeyOptions): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const calls = await countApiKeyCall(em, keyRowId, windowStart);
  if (calls > perMinute) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
    throw new AppError('TOO_MANY_ATTEMPTS', {
      retryAfterSeconds,
      retryAfterMinutes: Math.ceil(retryAfterSeconds / 60),
    });
  }
}
