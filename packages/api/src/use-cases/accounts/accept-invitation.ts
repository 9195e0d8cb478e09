import { Session, type EntityManager } from '@bn/db';
import { hashPassword } from '@bn/db';
import type { AccountLinkPurpose } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { startSession } from '../auth/start-session.js';
import { consumeAccountLink } from './account-links.js';
import { clinicsOf } from './account-scope.js';

export interface SetPasswordByLinkOptions {
  em: EntityManager;
  purpose: AccountLinkPurpose;
  input: { token: string; password: string };
  now: Date;
}

/**
 * Uses an invitation or reset link: the password is set (argon2id), the link is spent, the user's other sessions end,
 * all in one transaction. An invitation signs the user in (a session that first enrols a second factor where the role
 * requires one); a reset does not — the user signs in with the new password and its second factor.
 */
export async function setPasswordByLink({ em, purpose, input, now }: SetPasswordByLinkOptions) {
  // Hashed before the transaction: argon2 takes a while and holds no row.
  const passwordHash = await hashPassword(input.password);
  return em.transactional(async (tx) => {
    const user = await consumeAccountLink(tx, { token: input.token, purpose, now });
    user.passwordHash = passwordHash;
    await tx.nativeDelete(Session, { user: user.id });
    const clinicIds = await clinicsOf(tx, user);
    recordChange(
      tx,
      { id: user.id, name: user.name },
      {
        clinicId: clinicIds[0] ?? null,
        entity: 'user',
        entityId: user.id,
        action: 'update',
        before: null,
        after: { email: user.email, passwordSet: purpose === 'invitation' ? 'invitation' : 'reset' },
      },
    );
    const session = purpose === 'invitation' ? startSession(tx, user, now) : null;
    await tx.flush();
    return { session, userId: user.id };
  });
}
