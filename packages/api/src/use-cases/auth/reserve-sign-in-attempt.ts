import { countAndRecordAttempt, nthOldestAttempt, type EntityManager } from '@bn/db';
import { AppError, SIGN_IN_THROTTLE } from '@bn/domain';

export interface ReserveSignInAttemptOptions {
  em: EntityManager;
  /** As typed (normalised): unknown addresses are counted like known ones. */
  email: string;
  ip: string;
  now: Date;
}

/**
 * Records a sign-in attempt before its password is checked, or refuses it (TOO_MANY_ATTEMPTS, with
 * `retryAfterSeconds`) when the account from this address, the address, or the account has reached its limit of
 * failures in the window (SIGN_IN_THROTTLE). A successful sign-in deletes the account's attempts afterwards.
 */
export async function reserveSignInAttempt({ em, email, ip, now }: ReserveSignInAttemptOptions): Promise<string> {
  const windowMs = SIGN_IN_THROTTLE.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const limits = {
    pair: SIGN_IN_THROTTLE.maxFailures,
    address: SIGN_IN_THROTTLE.maxFailuresPerAddress,
    account: SIGN_IN_THROTTLE.maxFailuresPerAccount,
  };
  const counts = await em.transactional((tx) => countAndRecordAttempt(tx, { email, ip, since, now, limits }));
  if (counts.id) return counts.id;

  let retryAt = now.getTime();
  for (const scope of ['pair', 'address', 'account'] as const) {
    if (counts[scope] < limits[scope]) continue;
    const oldest = await nthOldestAttempt(em, { scope, email, ip, since, offset: counts[scope] - limits[scope] });
    if (oldest) retryAt = Math.max(retryAt, oldest.getTime() + windowMs);
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
  throw new AppError('TOO_MANY_ATTEMPTS', {
    retryAfterSeconds,
    retryAfterMinutes: Math.ceil(retryAfterSeconds / 60),
  });
}
