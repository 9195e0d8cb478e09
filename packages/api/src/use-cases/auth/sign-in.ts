import type { EntityManager } from '@bn/db';
import { RecoveryCode, Session, SignInAttempt, User, dummyPasswordHash, verifyPassword } from '@bn/db';
import { AppError, type SignInInput } from '@bn/domain';
import { reserveSignInAttempt } from './reserve-sign-in-attempt.js';
import { startSession } from './start-session.js';
import { hashRecoveryCode, isRecoveryCode, totpMatches } from '../accounts/second-factor.js';

export interface SignInOptions {
  em: EntityManager;
  input: SignInInput;
  ip: string;
  now: Date;
}

/** The second factor: a TOTP code of the account's secret, or one of its unused recovery codes (spent here). */
async function secondFactorMatches(em: EntityManager, user: User, code: string, now: Date): Promise<boolean> {
  if (isRecoveryCode(code)) {
    const spent = await em.nativeUpdate(
      RecoveryCode,
      { user: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
      { usedAt: now },
    );
    return spent > 0;
  }
  return !!user.totpSecret && totpMatches(user.totpSecret, code, now);
}

/**
 * Password, then the second factor where the account has one. Every call reserves a sign-in attempt first (the
 * throttle); a wrong password or a wrong code keeps it. A right password without a code gives its attempt back and
 * answers SECOND_FACTOR_REQUIRED, so the form asks for the code; a deactivated account is told so only after a right
 * password. A role that requires a second factor the account has not enrolled gets a session that may only enrol.
 */
export async function signIn({
  em,
  input,
  ip,
  now,
}: SignInOptions): Promise<{ token: string; expiresAt: Date; userId: string }> {
  // Counted before the password is checked, atomically with the other attempts from this account and address: a
  // burst of concurrent or batched calls cannot check more passwords than the limits allow.
  const attemptId = await reserveSignInAttempt({ em, email: input.email, ip, now });

  const user = await em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
  // Unknown e-mail: verify against a dummy hash so the answer takes as long and says the same.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  // A failure keeps the attempt it reserved.
  if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
  if (!user.active) throw new AppError('ACCOUNT_DEACTIVATED');
  if (user.totpEnabledAt) {
    if (!input.code) {
      await em.nativeDelete(SignInAttempt, { id: attemptId });
      throw new AppError('SECOND_FACTOR_REQUIRED');
    }
    if (!(await secondFactorMatches(em, user, input.code, now))) throw new AppError('SECOND_FACTOR_INVALID');
  }

  const { token, expiresAt } = startSession(em, user, now);
  // The account's owner has shown the password (and its second factor): its failures (and this attempt) are forgiven.
  await em.nativeDelete(SignInAttempt, { email: input.email });
  // Housekeeping that keeps the table small: this user's expired sessions go.
  await em.nativeDelete(Session, { user: user.id, expiresAt: { $lte: now } });
  await em.flush();
  return { token, expiresAt, userId: user.id };
}
