// Who may give whom a login, and who may change whose account: the operator anyone; a clinic admin the clinic admins
// and practitioners of its own clinics only.
import { Clinic, Insurer, Practitioner, User, UserClinic, type EntityManager } from '@bn/db';
import { AppError, invitableRoles, type Role, type SessionUser } from '@bn/domain';

export interface AccountScopeInput {
  role: Role;
  clinicId?: string | null;
  practitionerId?: string | null;
  insurerId?: string | null;
}

export interface ResolvedScope {
  role: Role;
  clinicIds: string[];
  practitioner: Practitioner | null;
  insurer: Insurer | null;
}

/** The role's scope, checked against the actor's own (FORBIDDEN outside it; ACCOUNT_CHANGE_REFUSED when missing). */
export async function resolveScope(
  em: EntityManager,
  actor: SessionUser,
  s: AccountScopeInput,
  /** The user whose role changes: its own practitioner link does not count as taken. */
  exceptUserId?: string,
): Promise<ResolvedScope> {
  if (!invitableRoles(actor.role).includes(s.role)) throw new AppError('ACCOUNT_CHANGE_REFUSED', { reason: 'role' });
  const missing = () => new AppError('ACCOUNT_CHANGE_REFUSED', { reason: 'scope' });
  const mine = (clinicId: string) => actor.role === 'network_operator' || actor.clinicIds.includes(clinicId);
  const none = { role: s.role, clinicIds: [], practitioner: null, insurer: null };
  switch (s.role) {
    case 'clinic_admin': {
      if (!s.clinicId) throw missing();
      if (!mine(s.clinicId)) throw new AppError('FORBIDDEN');
      if (!(await em.findOne(Clinic, { id: s.clinicId }))) throw new AppError('NOT_FOUND');
      return { ...none, clinicIds: [s.clinicId] };
    }
    case 'practitioner': {
      if (!s.practitionerId) throw missing();
      const practitioner = await em.findOne(Practitioner, { id: s.practitionerId });
      if (!practitioner || !mine(practitioner.clinic.id)) throw new AppError('FORBIDDEN');
      const taken = await em.findOne(User, { practitioner: practitioner.id });
      if (taken && taken.id !== exceptUserId)
        throw new AppError('ACCOUNT_CHANGE_REFUSED', { reason: 'practitioner_has_account' });
      return { ...none, practitioner };
    }
    case 'insurer_agent': {
      if (!s.insurerId) throw missing();
      const insurer = await em.findOne(Insurer, { id: s.insurerId });
      if (!insurer) throw new AppError('NOT_FOUND');
      return { ...none, insurer };
    }
    default:
      return none;
  }
}

/** The clinics a user belongs to: a clinic admin's, or its practitioner's clinic. */
export async function clinicsOf(em: EntityManager, user: User): Promise<string[]> {
  if (user.role === 'practitioner' && user.practitioner) {
    const p = await em.findOne(Practitioner, { id: user.practitioner.id });
    return p ? [p.clinic.id] : [];
  }
  if (user.role !== 'clinic_admin') return [];
  const rows = await em.find(UserClinic, { user: user.id });
  return rows.map((r) => r.clinic.id).sort();
}

/**
 * The user the actor may change (FORBIDDEN otherwise, and NOT_FOUND for no such user). Oneself never: the actor
 * would lock itself out (ACCOUNT_CHANGE_REFUSED.self).
 */
export async function manageableUser(
  em: EntityManager,
  actor: SessionUser,
  userId: string,
): Promise<{ user: User; clinicIds: string[] }> {
  const user = await em.findOne(User, { id: userId });
  if (!user) throw new AppError(actor.role === 'network_operator' ? 'NOT_FOUND' : 'FORBIDDEN');
  const clinicIds = await clinicsOf(em, user);
  if (actor.role !== 'network_operator') {
    const inScope =
      (user.role === 'clinic_admin' || user.role === 'practitioner') &&
      clinicIds.length > 0 &&
      clinicIds.every((id) => actor.clinicIds.includes(id));
    if (!inScope) throw new AppError('FORBIDDEN');
  }
  if (user.id === actor.id) throw new AppError('ACCOUNT_CHANGE_REFUSED', { reason: 'self' });
  return { user, clinicIds };
}

/** What the change log keeps of an account: its role and scope, whether it is active — never a secret. */
export function accountSnapshot(user: User, clinicIds: readonly string[]): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    clinicIds: [...clinicIds],
    practitionerId: user.practitioner?.id ?? null,
    insurerId: user.insurer?.id ?? null,
    active: user.active,
    secondFactor: user.totpEnabledAt !== null && user.totpEnabledAt !== undefined,
  };
}
