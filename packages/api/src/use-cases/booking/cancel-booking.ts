import { markAppointmentCancelled, type EntityManager } from '@bn/db';
import { AppError, idempotencyScope, type BookingActor, type CancelBookingInput } from '@bn/domain';
import { idempotent } from './idempotent.js';
import { lockBooking } from './lock-booking.js';
import { assertAgentMayChange } from './change-deadline.js';
import { rebuildBookDays } from './slot-sql.js';
import { enqueueBookingNotifications } from '../notifications/enqueue-booking-notifications.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';
import { assertNoIssues } from '../../validation.js';

export interface CancelBookingOptions {
  em: EntityManager;
  /** The booker that made the booking (an agent, an insurer app), or the clinic. */
  actor: BookingActor;
  input: Omit<CancelBookingInput, 'idempotencyKey'>;
  idempotencyKey?: string | null;
  now: Date;
}

export interface CancelResult {
  appointmentId: string;
  status: 'cancelled';
  cancelledAt: Date;
  cancelledBy: 'patient' | 'clinic';
}

/**
 * Cancels a booking. A booker (agent or insurer app) only before the cancellation deadline (T3: `assertAgentMayChange`, the rule moving and
 * «Mine bookinger» share); the clinic any time, with a reason and on behalf of the patient or itself. The patient is
 * notified, and the freed time is bookable again at once: the book's free time for that day is rebuilt in the same
 * transaction.
 */
export async function cancelBooking({
  em,
  actor,
  input,
  idempotencyKey,
  now,
}: CancelBookingOptions): Promise<CancelResult> {
  return idempotent({
    em,
    scope: idempotencyScope(actor, 'booking.cancel'),
    key: idempotencyKey,
    request: input,
    now,
    work: async (tx) => {
      const booking = await lockBooking(tx, actor, input.appointmentId);
      if (booking.status !== 'active') throw new AppError('APPOINTMENT_NOT_ACTIVE');
      let cancelledBy: CancelResult['cancelledBy'] = 'patient';
      if (actor.kind !== 'clinic') {
        await assertAgentMayChange(tx, booking, now);
      } else {
        assertNoIssues([
          !input.reason ? { path: ['reason'], code: 'cancel.reason_required' } : null,
          !input.onBehalfOf ? { path: ['onBehalfOf'], code: 'cancel.on_behalf_required' } : null,
        ]);
        cancelledBy = input.onBehalfOf!;
      }
      await markAppointmentCancelled(tx, {
        appointmentId: booking.id,
        at: now,
        reason: input.reason ?? null,
        by: cancelledBy,
      });
      await rebuildBookDays(tx, booking.bookId, [booking.startAt]);
      await enqueueBookingNotifications(tx, { appointmentId: booking.id, event: 'cancelled', now });
      await enqueueWebhookEvent(tx, { appointmentId: booking.id, type: 'booking.cancelled', now });
      return { appointmentId: booking.id, status: 'cancelled' as const, cancelledAt: now, cancelledBy };
    },
  });
}
