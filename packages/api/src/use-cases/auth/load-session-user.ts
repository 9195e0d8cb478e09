import type { EntityManager } from '@bn/db';
import { Session, UserClinic } from '@bn/db';
import type { SessionUser } from '@bn/domain';
import { hashSessionToken } from './session-token.js';

export interface LoadSessionUserOptions {
  em: EntityManager;
  token: string | undefined;
  now: Date;
}

/** Resolves a cookie token to the signed-in user and its scope; null for a missing, unknown or expired session. */
export async function loadSessionUser({ em, token, now }: LoadSessionUserOptions): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashSessionToken(token);
  const session = await em.findOne(Session, { tokenHash, expiresAt: { $gt: now } }, { populate: ['user', 'user.insurer'] });
  if (!session) return null;
  const u = session.user;
  const clinicIds =
    u.role === 'clinic_admin'
      ? (await em.find(UserClinic, { user: u.id })).map((uc) => uc.clinic.id)
      : [];
  // Touch the session at most once a minute: enough to see activity, cheap on every request.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await em.nativeUpdate(Session, { tokenHash }, { lastSeenAt: now });
  }
  return {
    tokenHash,
    user: {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      clinicIds,
      practitionerId: u.practitioner?.id ?? null,
      insurerId: u.insurer?.id ?? null,
      insurerName: u.insurer?.name ?? null,
    },
  };
}
