import { randomUUID } from 'node:crypto';
import {
  bookingMessageFacts,
  insertOutboxFor,
  previousMoves,
  type EntityManager,
  type NotificationFactsRow,
  type OutboxRow as OutboxRowColumns,
} from '@bn/db';
import {
  bookingContact,
  maskEmail,
  cancellationDeadline,
  maskPhone,
  renderBookingMessage,
  renderConfirmation,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationKind,
} from '@bn/domain';
import { restrictionsFromRow } from '../booking/load-restrictions.js';

export type { NotificationFactsRow };

/** One outbox row, before the patient's card id is known (the caller's statement supplies it). */
export interface OutboxRow extends OutboxRowColumns {
  kind: NotificationKind;
  channel: NotificationChannel;
}

export interface OutboxRowsOptions {
  appointmentId: string;
  event: NotificationEvent;
  /** The event as the dedupe key counts it: `booked`, `cancelled`, `moved#2`. */
  eventKey: string;
  /** The calendar entry's SEQUENCE (`calendarSequence`). */
  sequence: number;
  facts: NotificationFactsRow;
  /** Where the messages go: the booking's contact details, or the card's (`bookingContact`). */
  email: string | null;
  phone: string | null;
}

/**
 * The calendar entry's SEQUENCE for an event: 0 at booking, one more per move, one more again at cancellation; a
 * confirmation sent again (`booked` after moves) repeats the current one.
 */
export function calendarSequence(event: NotificationEvent, movesBefore: number): number {
  return event === 'booked' ? movesBefore : movesBefore + 1;
}

/**
 * The booking's notifications (pure): the network's confirmation to the patient always (K3), the clinic's app/portal
 * notice when the type has notifications on (K3), and at booking the type's automatic dialog whenever it has one (K4),
 * whatever channel booked. Rendered, non-sensitive text and a masked recipient; none without an address.
 */
export function bookingOutboxRows({
  appointmentId,
  event,
  eventKey,
  sequence,
  facts: f,
  email,
  phone,
}: OutboxRowsOptions): OutboxRow[] {
  if (!email && !phone) return [];
  const facts = {
    practitionerName: f.practitioner_name ?? f.book_name,
    clinicName: f.clinic_name,
    startAt: new Date(f.start_at),
    address: f.street ? `${f.street}, ${f.postcode} ${f.city}` : null,
  };
  const restrictions = restrictionsFromRow(f);
  const confirmation = renderConfirmation(event, {
    ...facts,
    appointmentId,
    typeName: f.type_name,
    endAt: new Date(f.end_at),
    clinicPhone: f.clinic_phone,
    cancellation: {
      allowed: restrictions.cancellationAllowed,
      until: cancellationDeadline(restrictions, facts.startAt),
    },
    sequence,
  });
  const direct: NotificationChannel = email ? 'email' : 'sms';
  const directRecipient = email ? maskEmail(email) : maskPhone(phone!);
  const wanted: [NotificationKind, NotificationChannel, string][] = [['confirmation', direct, directRecipient]];
  if (f.notifications_on) wanted.push(['portal_notice', 'portal', 'Pasientportal og app']);
  if (event === 'booked' && f.automatic_dialog) wanted.push(['automatic_dialog', direct, directRecipient]);
  return wanted.map(([kind, channel, recipient]) => ({
    id: randomUUID(),
    kind,
    channel,
    dedupe_key: `${appointmentId}:${kind}:${eventKey}`,
    recipient_masked: recipient,
    payload: kind === 'confirmation' ? confirmation : renderBookingMessage(kind, event, facts, f.automatic_dialog),
  }));
}

export interface EnqueueBookingNotificationsOptions {
  appointmentId: string;
  event: NotificationEvent;
  now: Date;
}

/**
 * Writes the booking's notifications (`bookingOutboxRows`) into the outbox, in the caller's transaction. One row per
 * (appointment, kind, event); moves count (`moved#1`, `moved#2`).
 */
export async function enqueueBookingNotifications(
  tx: EntityManager,
  { appointmentId, event, now }: EnqueueBookingNotificationsOptions,
): Promise<number> {
  const f = await bookingMessageFacts(tx, appointmentId);
  if (!f?.patient_id) return 0;
  // Moves count (`moved#1`, `moved#2`); delivered messages move to the notification log after a day, the count goes on.
  const moves = event === 'booked' ? 0 : await previousMoves(tx, appointmentId);
  const eventKey = event === 'moved' ? `moved#${moves + 1}` : event;
  const contact = bookingContact({ email: f.booked_email, phone: f.booked_phone }, { email: f.email, phone: f.phone });
  const sequence = calendarSequence(event, moves);
  const rows = bookingOutboxRows({ appointmentId, event, eventKey, sequence, facts: f, ...contact });
  if (rows.length === 0) return 0;
  return insertOutboxFor(tx, { rows, event, clinicId: f.clinic_id, appointmentId, patientId: f.patient_id, now });
}
