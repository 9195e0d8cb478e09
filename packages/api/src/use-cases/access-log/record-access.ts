import { insertAccessLog, type EntityManager } from '@bn/db';
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
  await insertAccessLog(em, {
    actor: { id: o.user.id, name: o.user.name, role: o.user.role },
    clinicId: o.clinicId,
    patientIds: [...new Set(o.patientIds)],
    action: o.action,
    what: o.what,
    now: o.now,
  });
}
