import { countAndRecordAttempt, User, type EntityManager } from '@bn/db';
import { ACCOUNT_LINK, AppError } from '@bn/domain';
import { issueAccountLink } from './account-links.js';
import { clinicsOf } from './account-scope.js';

export interface RequestPasswordResetOptions {
  em: EntityManager;
  email: string;
  ip: string;
  publicUrl: string;
  now: Date;
}

/**
 * Sends a reset link to an active user with this address. The answer is the same whether or not the address is known
 * (nothing tells them apart but the e-mail itself); requests are throttled per address and per client
 * (ACCOUNT_LINK.resetRequestsPerWindow), counted for unknown addresses too.
 */
export async function requestPasswordReset({ em, email, ip, publicUrl, now }: RequestPasswordResetOptions) {
  const windowMs = ACCOUNT_LINK.resetWindowMinutes * 60_000;
  const counts = await em.transactional((tx) =>
    countAndRecordAttempt(tx, {
      // Beside the sign-in attempts, under their own key: a reset never counts against signing in.
      email: `reset:${email}`,
      ip: `reset:${ip}`,
      since: new Date(now.getTime() - windowMs),
      now,
      limits: {
        pair: ACCOUNT_LINK.resetRequestsPerWindow,
        address: 20,
        account: ACCOUNT_LINK.resetRequestsPerWindow * 2,
      },
    }),
  );
  if (!counts.id) {
    const seconds = ACCOUNT_LINK.resetWindowMinutes * 60;
    throw new AppError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: seconds, retryAfterMinutes: seconds / 60 });
  }
  await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { email, active: true });
    if (!user) return;
    const clinicIds = await clinicsOf(tx, user);
    await issueAccountLink({ em: tx, user, purpose: 'password_reset', clinicId: clinicIds[0] ?? null, publicUrl, now });
  });
  return { ok: true as const };
}
