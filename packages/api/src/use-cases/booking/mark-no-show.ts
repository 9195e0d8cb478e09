import { markAppointmentNoShow, type EntityManager } from '@bn/db';
import { AppError, type ClinicActor } from '@bn/domain';
import { lockBooking } from './lock-booking.js';

export interface MarkNoShowOptions {
  em: EntityManager;
  actor: ClinicActor;
  appointmentId: string;
  now: Date;
}

/** The clinic marks that the patient did not come (ikke møtt); possible once the appointment has begun. */
export async function markNoShow({
  em,
  actor,
  appointmentId,
  now,
}: MarkNoShowOptions): Promise<{ appointmentId: string; status: 'no_show' }> {
  return em.transactional(async (tx) => {
    const booking = await lockBooking(tx, actor, appointmentId);
    if (booking.status !== 'active') throw new AppError('APPOINTMENT_NOT_ACTIVE');
    if (now < booking.startAt) throw new AppError('VALIDATION', { reason: 'no_show_before_start' });
    await markAppointmentNoShow(tx, booking.id);
    return { appointmentId: booking.id, status: 'no_show' as const };
  });
}
