import type { EntityManager } from '@bn/db';
import { Session, SignInAttempt, User, dummyPasswordHash, verifyPassword } from '@bn/db';
import { AppError, SESSION_TTL_HOURS, type SignInInput } from '@bn/domain';
import { newSessionToken, hashSessionToken } from './session-token.js';
import { reserveSignInAttempt } from './reserve-sign-in-attempt.js';

export interface SignInOptions {
  em: EntityManager;
  input: SignInInput;
  ip: string;
  now: Date;
}

export async function signIn({
  em,
  input,
  ip,
  now,
}: SignInOptions): Promise<{ token: string; expiresAt: Date; userId: string }> {
  // Counted before the password is checked, atomically with the other attempts from this account and address: a
  // burst of concurrent or batched calls cannot check more passwords than the limits allow.
  await reserveSignInAttempt({ em, email: input.email, ip, now });

  const user = await em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
  // Unknown e-mail: verify against a dummy hash so the answer takes as long and says the same.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  // A failure keeps the attempt it reserved.
  if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_HOURS * 3_600_000);
  em.create(Session, { tokenHash: hashSessionToken(token), user, createdAt: now, lastSeenAt: now, expiresAt });
  // The account's owner has shown the password: its failures (and this attempt) are forgiven.
  await em.nativeDelete(SignInAttempt, { email: input.email });
  // Housekeeping that keeps the table small: this user's expired sessions go.
  await em.nativeDelete(Session, { user: user.id, expiresAt: { $lte: now } });
  await em.flush();
  return { token, expiresAt, userId: user.id };
}
