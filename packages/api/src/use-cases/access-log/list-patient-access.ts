import type { EntityManager } from '@bn/db';
import { AppError, type AccessAction, type Role, type SessionUser } from '@bn/domain';
import { toInstant } from '../booking/sql-values.js';
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
  const [p] = await em.execute<{ clinic_id: string }[]>('select clinic_id from patient where id = ?', [patientId]);
  if (!p || user.role !== 'clinic_admin' || !user.clinicIds.includes(p.clinic_id)) throw new AppError('NOT_FOUND');
  const rows = await em.execute<
    { id: string; created_at: string | Date; actor_name: string; role: Role; action: AccessAction; what: string }[]
  >(
    'select id, created_at, actor_name, role, action, what from access_log_entry where patient_id = ? order by created_at desc, id limit ?',
    [patientId, limit],
  );
  await recordAccess(em, {
    user,
    clinicId: p.clinic_id,
    patientIds: [patientId],
    action: 'read_access_log',
    what: 'tilgangslogg',
    now,
  });
  return rows.map((r) => ({
    id: r.id,
    at: toInstant(r.created_at),
    actorName: r.actor_name,
    role: r.role,
    action: r.action,
    what: r.what,
  }));
}
