// An appointment's status as the clinic or the agent changes it (the caller has locked the row: lockBooking).
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export async function markAppointmentNoShow(tx: EntityManager, appointmentId: string): Promise<void> {
  await sqlOf(tx).updateTable('appointment').set({ status: 'no_show' }).where('id', '=', appointmentId).execute();
}

export async function markAppointmentCancelled(
  tx: EntityManager,
  o: { appointmentId: string; at: Date; reason: string | null; by: string },
): Promise<void> {
  await sqlOf(tx)
    .updateTable('appointment')
    .set({ status: 'cancelled', cancelled_at: o.at, cancel_reason: o.reason, cancelled_by: o.by })
    .where('id', '=', o.appointmentId)
    .execute();
}
