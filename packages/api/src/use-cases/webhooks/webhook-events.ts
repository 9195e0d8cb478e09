// A booking's webhook event: written in the change's transaction (the outbox), its payload the booking as
// GET /api/v1/bookings/{id} shows it, rendered once and then frozen so every retry sends the same body.
import {
  insertWebhookEventFor,
  insurerBookingRow,
  setWebhookPayload,
  unrenderedWebhookEvents,
  type EntityManager,
} from '@bn/db';
import type { WebhookEventType } from '@bn/domain';
import { toApiBooking } from '../public-api/api-booking.js';

/**
 * Writes the booking's event for its insurer's subscribed endpoints, and renders it, in the caller's transaction:
 * a cancel or move by anyone (agent, app, the clinic). The confirmation writes `booking.created` inside its own
 * single statement (@bn/db's `writeConfirmation`); the relay renders that one (`renderWebhookEvents`).
 */
export async function enqueueWebhookEvent(
  tx: EntityManager,
  o: { appointmentId: string; type: WebhookEventType; now: Date },
): Promise<void> {
  const ids = await insertWebhookEventFor(tx, o);
  if (ids.length) await renderWebhookEvents(tx, { ids, now: o.now });
}

/** Renders events without a payload (the given ones, or the oldest 100); how many were rendered. */
export async function renderWebhookEvents(
  em: EntityManager,
  o: { ids?: readonly string[]; now: Date },
): Promise<number> {
  const events = await unrenderedWebhookEvents(em, { ids: o.ids, limit: 100 });
  for (const ev of events) {
    const row = await insurerBookingRow(em, { insurerId: ev.insurer_id, appointmentId: ev.appointment_id });
    // A booking gone (the clinic's data deleted) still tells its id: the receiver looks it up and gets a 404.
    const booking = row ? toApiBooking(row, o.now) : { id: ev.appointment_id };
    await setWebhookPayload(em, ev.id, { booking });
  }
  return events.length;
}
