import { sessionUserRow, type EntityManager } from '@bn/db';
import { DEFAULT_SESSION_IDLE_MINUTES, type Role, type SessionUser } from '@bn/domain';
import { hashSessionToken } from './session-token.js';

export interface LoadSessionUserOptions {
  em: EntityManager;
  token: string | undefined;
  now: Date;
  /** A session not used for this long is over (the idle timeout), whatever its absolute expiry says. */
  idleMinutes?: number;
}

/** Resolves a cookie token to the signed-in user and its scope; null for a missing, unknown or expired session. */
export async function loadSessionUser({
  em,
  token,
  now,
  idleMinutes = DEFAULT_SESSION_IDLE_MINUTES,
}: LoadSessionUserOptions): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashSessionToken(token);
  // Every request resolves its cookie: one named statement (@bn/db's sessionUserRow), docs/performance.md.
  const row = await sessionUserRow(em, { tokenHash, now, idleMinutes });
  if (!row) return null;
  return {
    tokenHash,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role as Role,
      clinicIds: row.clinicIds,
      practitionerId: row.practitionerId,
      insurerId: row.insurerId,
      insurerName: row.insurerName,
      secondFactor: row.secondFactorPending ? 'setup_required' : row.totpEnrolled ? 'enrolled' : 'none',
    },
  };
}
