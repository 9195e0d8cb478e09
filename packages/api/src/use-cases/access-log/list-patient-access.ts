import { accessLogRows, patientClinicId, type EntityManager } from '@bn/db';
import { AppError, type AccessAction, type Role, type SessionUser } from '@bn/domain';
import { recordAccess } from './record-access.js';

export interface AccessLogRow {
  id: string;
  at: Date;
  actorName: string;
  role: Role;
  action: AccessAction;
  what: string;
}

/** Who has read a patient's data, newest first: for the clinic admin (and for the patient, on request). Logged too. */
export async function listPatientAccess({
  em,
  user,
  patientId,
  limit,
  now,
}: {
  em: EntityManager;
  user: SessionUser;
  patientId: string;
  limit: number;
  now: Date;
}): Promise<AccessLogRow[]> {
  const clinicId = await patientClinicId(em, patientId);
  if (!clinicId || user.role !== 'clinic_admin' || !user.clinicIds.includes(clinicId)) throw new AppError('NOT_FOUND');
  const rows = await accessLogRows(em, patientId, limit);
  await recordAccess(em, {
    user,
    clinicId,
    patientIds: [patientId],
    action: 'read_access_log',
    what: 'tilgangslogg',
    now,
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.created_at,
    actorName: r.actor_name,
    role: r.role as Role,
    action: r.action as AccessAction,
    what: r.what,
  }));
}
