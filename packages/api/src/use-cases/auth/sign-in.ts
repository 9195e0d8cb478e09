import type { EntityManager } from '@bn/db';
import { Session, SignInAttempt, User, dummyPasswordHash, verifyPassword } from '@bn/db';
import { AppError, SESSION_TTL_HOURS, SIGN_IN_THROTTLE, type SignInInput } from '@bn/domain';
import { newSessionToken, hashSessionToken } from './session-token.js';

export interface SignInOptions {
  em: EntityManager;
  input: SignInInput;
  ip: string;
  now: Date;
}

/** Per address, a looser limit than per e-mail: an office behind one address has many users. */
const MAX_FAILURES_PER_IP = SIGN_IN_THROTTLE.maxFailures * 10;

export async function signIn({ em, input, ip, now }: SignInOptions): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([
    em.count(SignInAttempt, { email: input.email, at: { $gt: since } }),
    em.count(SignInAttempt, { ip, at: { $gt: since } }),
  ]);
  if (byEmail >= SIGN_IN_THROTTLE.maxFailures || byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('TOO_MANY_ATTEMPTS', undefined, { retryAfterMinutes: SIGN_IN_THROTTLE.windowMinutes });
  }

  const user = await em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
  // Unknown e-mail: verify against a dummy hash so the answer takes as long and says the same.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    em.create(SignInAttempt, { email: input.email, ip, at: now });
    await em.flush();
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_HOURS * 3_600_000);
  em.create(Session, { tokenHash: hashSessionToken(token), user, createdAt: now, lastSeenAt: now, expiresAt });
  await em.nativeDelete(SignInAttempt, { email: input.email });
  // Housekeeping that keeps the table small: this user's expired sessions go.
  await em.nativeDelete(Session, { user: user.id, expiresAt: { $lte: now } });
  await em.flush();
  return { token, expiresAt, userId: user.id };
}
