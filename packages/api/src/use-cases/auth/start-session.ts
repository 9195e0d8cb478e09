import { Session, type EntityManager, type User } from '@bn/db';
import { SESSION_TTL_HOURS, secondFactorRequired } from '@bn/domain';
import { hashSessionToken, newSessionToken } from './session-token.js';

/**
 * A new session row for the user (the cookie gets the token). A user whose role requires a second factor and has
 * none gets a session that may only enrol one (`secondFactorPending`).
 */
export function startSession(
  em: EntityManager,
  user: User,
  now: Date,
): { token: string; expiresAt: Date; secondFactorPending: boolean } {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_HOURS * 3_600_000);
  const secondFactorPending = secondFactorRequired(user.role) && !user.totpEnabledAt;
  em.create(Session, {
    tokenHash: hashSessionToken(token),
    user,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    secondFactorPending,
  });
  return { token, expiresAt, secondFactorPending };
}
