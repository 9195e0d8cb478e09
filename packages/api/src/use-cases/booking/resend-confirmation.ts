import {
  bookingMessageFacts,
  insertOutboxFor,
  lockBookingRow,
  previousMoves,
  resendTimes,
  type EntityManager,
} from '@bn/db';
import { AppError, RESEND_LIMIT_PER_HOUR, bookingContact } from '@bn/domain';
import { bookingOutboxRows, calendarSequence } from '../notifications/enqueue-booking-notifications.js';

export interface ResendConfirmationOptions {
  em: EntityManager;
  /** The agent's insurer: any of its bookings (a colleague's or its app's too), never another insurer's. */
  insurerId: string;
  appointmentId: string;
  now: Date;
}

const HOUR = 3_600_000;

/**
 * Sends the patient the booking's confirmation again (the patient lost it, or gave the address anew): one more
 * confirmation row in the outbox, so it is delivered and logged as the first was, with the booking as it is now. At
 * most RESEND_LIMIT_PER_HOUR per booking per hour (RESEND_LIMIT_REACHED); a cancelled booking is APPOINTMENT_NOT_ACTIVE.
 */
export async function resendConfirmation({
  em,
  insurerId,
  appointmentId,
  now,
}: ResendConfirmationOptions): Promise<{ recipient: string }> {
  return em.transactional(async (tx) => {
    // Locked: two resends at once are counted one after the other.
    const booking = await lockBookingRow(tx, appointmentId);
    if (!booking || booking.insurer_id !== insurerId) throw new AppError('NOT_FOUND');
    if (booking.status !== 'active') throw new AppError('APPOINTMENT_NOT_ACTIVE');
    const recent = await resendTimes(tx, appointmentId, new Date(now.getTime() - HOUR));
    if (recent.length >= RESEND_LIMIT_PER_HOUR) {
      const freeAt = recent[recent.length - RESEND_LIMIT_PER_HOUR]!.getTime() + HOUR;
      throw new AppError('RESEND_LIMIT_REACHED', {
        limit: RESEND_LIMIT_PER_HOUR,
        retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)),
      });
    }
    const f = await bookingMessageFacts(tx, appointmentId);
    const contact =
      f && bookingContact({ email: f.booked_email, phone: f.booked_phone }, { email: f.email, phone: f.phone });
    const [row] =
      f && contact
        ? bookingOutboxRows({
            appointmentId,
            event: 'booked',
            eventKey: `resent@${now.getTime()}#${recent.length + 1}`,
            // The entry as it stands: the same SEQUENCE as the last update the patient got.
            sequence: calendarSequence('booked', await previousMoves(tx, appointmentId)),
            facts: f,
            ...contact,
          }).filter((r) => r.kind === 'confirmation')
        : [];
    // A booking always has an address to confirm to (K1 requires a phone or an e-mail); without one nothing is sent.
    if (!row || !f?.patient_id) throw new AppError('NOT_FOUND');
    await insertOutboxFor(tx, {
      rows: [row],
      event: 'booked',
      clinicId: f.clinic_id,
      appointmentId,
      patientId: f.patient_id,
      now,
    });
    return { recipient: row.recipient_masked };
  });
}
