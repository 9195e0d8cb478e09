import { AccountToken, Practitioner, User, UserClinic, type EntityManager } from '@bn/db';
import { AppError, type Role, type SessionUser } from '@bn/domain';

export interface ListUsersOptions {
  em: EntityManager;
  actor: SessionUser;
  /** One clinic's users; the operator and support may omit it for every user of the network. */
  clinicId?: string | null;
}

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** TOTP enrolled. */
  secondFactor: boolean;
  /** Invited, and the invitation not yet accepted (no password chosen). */
  invitationPending: boolean;
  clinicIds: string[];
  practitioner: { id: string; name: string } | null;
  insurer: { id: string; name: string } | null;
  createdAt: Date;
}

/**
 * The users the actor may see: a clinic admin those of its clinic (its admins and its practitioners' logins); the
 * operator and support any clinic's, or everyone's. Never a secret: no hash, no TOTP secret.
 */
export async function listUsers({ em, actor, clinicId }: ListUsersOptions): Promise<AccountRow[]> {
  if (actor.role === 'clinic_admin' && (!clinicId || !actor.clinicIds.includes(clinicId)))
    throw new AppError('FORBIDDEN');
  let users: User[];
  if (clinicId) {
    const admins = await em.find(UserClinic, { clinic: clinicId });
    const practitioners = await em.find(Practitioner, { clinic: clinicId });
    users = await em.find(
      User,
      {
        $or: [
          { id: { $in: admins.map((a) => a.user.id) }, role: 'clinic_admin' },
          { practitioner: { $in: practitioners.map((p) => p.id) }, role: 'practitioner' },
        ],
      },
      { populate: ['practitioner', 'insurer', 'passwordHash'], orderBy: { name: 'asc', email: 'asc' } },
    );
  } else {
    users = await em.find(
      User,
      {},
      { populate: ['practitioner', 'insurer', 'passwordHash'], orderBy: { name: 'asc', email: 'asc' } },
    );
  }
  const ids = users.map((u) => u.id);
  const memberships = await em.find(UserClinic, { user: { $in: ids } });
  const invited = await em.find(AccountToken, { user: { $in: ids }, purpose: 'invitation', usedAt: { $ne: null } });
  const accepted = new Set(invited.map((t) => t.user.id));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    active: u.active,
    secondFactor: !!u.totpEnabledAt,
    invitationPending: !u.passwordHash.startsWith('$') && !accepted.has(u.id),
    clinicIds: u.practitioner
      ? [u.practitioner.clinic.id]
      : memberships.filter((m) => m.user.id === u.id).map((m) => m.clinic.id),
    practitioner: u.practitioner ? { id: u.practitioner.id, name: u.practitioner.name } : null,
    insurer: u.insurer ? { id: u.insurer.id, name: u.insurer.name } : null,
    createdAt: u.createdAt,
  }));
}
