import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import type { AccessAction, SessionUser } from '@bn/domain';

export interface RecordAccessOptions {
  user: Pick<SessionUser, 'id' | 'name' | 'role'>;
  clinicId: string;
  patientIds: readonly string[];
  action: AccessAction;
  /** What was shown, in words the patient understands. */
  what: string;
  now: Date;
}

/**
 * Logs a read of patient data: one row per patient shown (Normen; the patient may ask who looked). Written before the
 * data is returned, so a read that cannot be logged is not served.
 */
export async function recordAccess(em: EntityManager, o: RecordAccessOptions): Promise<void> {
  const ids = [...new Set(o.patientIds)];
  if (ids.length === 0) return;
  const values = ids.flatMap((patientId) => [
    randomUUID(),
    o.now,
    o.user.id,
    o.user.name,
    o.user.role,
    patientId,
    o.clinicId,
    o.action,
    o.what,
  ]);
  await em.execute(
    `insert into access_log_entry (id, created_at, actor_id, actor_name, role, patient_id, clinic_id, action, what)
     values ${ids.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    values,
  );
}
