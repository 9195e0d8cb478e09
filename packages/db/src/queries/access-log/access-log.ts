// The patient access log (Normen): one row per patient shown, written before the data is returned.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface AccessLogRows {
  actor: { id: string; name: string; role: string };
  clinicId: string;
  patientIds: readonly string[];
  action: string;
  what: string;
  now: Date;
}

export async function insertAccessLog(em: EntityManager, o: AccessLogRows): Promise<void> {
  if (o.patientIds.length === 0) return;
  await sqlOf(em)
    .insertInto('access_log_entry')
    .values(
      o.patientIds.map((patientId) => ({
        id: randomUUID(),
        created_at: o.now,
        actor_id: o.actor.id,
        actor_name: o.actor.name,
        role: o.actor.role,
        patient_id: patientId,
        clinic_id: o.clinicId,
        action: o.action,
        what: o.what,
      })),
    )
    .execute();
}

/** The patient's access log, newest first. */
export async function accessLogRows(
  em: EntityManager,
  patientId: string,
  limit: number,
): Promise<{ id: string; created_at: Date; actor_name: string; role: string; action: string; what: string }[]> {
  return sqlOf(em)
    .selectFrom('access_log_entry')
    .select(['id', 'created_at', 'actor_name', 'role', 'action', 'what'])
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function patientClinicId(em: EntityManager, patientId: string): Promise<string | null> {
  const row = await sqlOf(em).selectFrom('patient').select('clinic_id').where('id', '=', patientId).executeTakeFirst();
  return row?.clinic_id ?? null;
}
