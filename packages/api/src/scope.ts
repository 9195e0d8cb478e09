import { AppError, type SessionUser } from '@bn/domain';

/** Staff see every clinic; a clinic admin only its own. Any other role never reads clinic configuration. */
export function canReadClinic(user: SessionUser, clinicId: string): boolean {
  if (user.role === 'network_operator' || user.role === 'support') return true;
  if (user.role === 'clinic_admin') return user.clinicIds.includes(clinicId);
  return false;
}

export function assertClinicAccess(user: SessionUser, clinicId: string): void {
  if (!canReadClinic(user, clinicId)) throw new AppError('FORBIDDEN');
}

/** Admins may only change their own clinics; staff changes go through their own procedures. */
export function assertClinicAdmin(user: SessionUser, clinicId: string): void {
  if (user.role !== 'clinic_admin' || !user.clinicIds.includes(clinicId)) throw new AppError('FORBIDDEN');
}
