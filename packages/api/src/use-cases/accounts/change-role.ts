import { Session, UserClinic, type EntityManager } from '@bn/db';
import type { ChangeRoleInput, SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { accountSnapshot, manageableUser, resolveScope } from './account-scope.js';

export interface ChangeRoleOptions {
  em: EntityManager;
  actor: SessionUser;
  input: ChangeRoleInput;
}

/**
 * The operator gives a user another role and scope. Its sessions end (the next sign-in asks for the second factor the
 * new role may require); the change log keeps the role before and after.
 */
export async function changeRole({ em, actor, input }: ChangeRoleOptions) {
  return em.transactional(async (tx) => {
    const { user, clinicIds } = await manageableUser(tx, actor, input.userId);
    const before = accountSnapshot(user, clinicIds);
    const scope = await resolveScope(tx, actor, input, user.id);
    user.role = scope.role;
    user.practitioner = scope.practitioner;
    user.insurer = scope.insurer;
    // Through the unit of work (the rows are loaded): the memberships not wanted go, the missing ones come.
    const memberships = await tx.find(UserClinic, { user: user.id });
    for (const m of memberships) if (!scope.clinicIds.includes(m.clinic.id)) tx.remove(m);
    for (const clinicId of scope.clinicIds)
      if (!memberships.some((m) => m.clinic.id === clinicId)) tx.create(UserClinic, { user, clinic: clinicId });
    await tx.nativeDelete(Session, { user: user.id });
    const after = accountSnapshot(
      user,
      scope.clinicIds.length ? scope.clinicIds : scope.practitioner ? [scope.practitioner.clinic.id] : [],
    );
    recordChange(tx, actor, {
      clinicId: (after.clinicIds as string[])[0] ?? clinicIds[0] ?? null,
      entity: 'user',
      entityId: user.id,
      action: 'update',
      before,
      after,
    });
    await tx.flush();
    return { ok: true as const };
  });
}
