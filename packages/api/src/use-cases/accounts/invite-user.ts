import { User, UserClinic, type EntityManager } from '@bn/db';
import { AppError, type InviteUserInput, type SessionUser } from '@bn/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import { recordChange } from '../../audit.js';
import { issueAccountLink } from './account-links.js';
import { accountSnapshot, resolveScope } from './account-scope.js';

export interface InviteUserOptions {
  em: EntityManager;
  actor: SessionUser;
  input: InviteUserInput;
  publicUrl: string;
  now: Date;
}

/** Not a PHC string: no password verifies against it until the invitation's link sets one. */
export function unusablePasswordHash(): string {
  return `!unset:${randomBytes(16).toString('hex')}`;
}

/**
 * Gives someone a login: the user (no usable password), its scope, and the invitation e-mail with a one-time link
 * (ACCOUNT_LINK.invitationHours), in one transaction; the change log records it.
 */
export async function inviteUser({ em, actor, input, publicUrl, now }: InviteUserOptions): Promise<{ userId: string }> {
  return em.transactional(async (tx) => {
    const scope = await resolveScope(tx, actor, input);
    if (await tx.findOne(User, { email: input.email })) throw new AppError('EMAIL_TAKEN');
    const user = tx.create(User, {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      role: scope.role,
      passwordHash: unusablePasswordHash(),
      insurer: scope.insurer,
      practitioner: scope.practitioner,
      locale: 'nb',
      active: true,
      createdAt: now,
    });
    for (const clinicId of scope.clinicIds) tx.create(UserClinic, { user, clinic: clinicId });
    const clinicId = scope.clinicIds[0] ?? scope.practitioner?.clinic.id ?? null;
    await issueAccountLink({ em: tx, user, purpose: 'invitation', clinicId, publicUrl, now });
    recordChange(tx, actor, {
      clinicId,
      entity: 'user',
      entityId: user.id,
      action: 'create',
      before: null,
      after: { ...accountSnapshot(user, clinicId ? [clinicId] : []), invited: true },
    });
    await tx.flush();
    return { userId: user.id };
  });
}
