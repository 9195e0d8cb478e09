import {
  databaseUnavailable,
  lockOutboxRow,
  markOutboxAttemptFailed,
  markOutboxSent,
  type EntityManager,
} from '@bn/db';
import { bookingContact, type NotificationChannel } from '@bn/domain';
import type { Transports } from './transports.js';

export interface DeliverOutboxMessageOptions {
  em: EntityManager;
  outboxId: string;
  transports: Transports;
  now: () => Date;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'missing' | 'no_recipient';

/** How long a message the receiver took is kept "about to be marked sent" while the database is away. */
const MARK_SENT_PATIENCE_MS = 5 * 60_000;

/**
 * The receiver took the message but the database went away before `sent_at` was committed. Sending again would
 * double it, so this process, which knows it was sent, marks it as soon as the database is back — well before the
 * job queue, which needs the database too and waits its retry delay, could try the row again.
 */
async function markSentWhenBack(
  em: EntityManager,
  outboxId: string,
  deliveryId: string,
  now: () => Date,
): Promise<void> {
  const deadline = Date.now() + MARK_SENT_PATIENCE_MS;
  for (;;) {
    try {
      await markOutboxSent(em.fork(), { outboxId, deliveryId, now: now(), onlyUnsent: true });
      return;
    } catch (e) {
      if (!databaseUnavailable(e) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Sends one outbox message. The row is locked while sending, so two workers never send it at once; `sent_at` and the
 * delivery id are written by one update, committed right after the receiver accepted. A crash in between leaves the
 * row unsent and the job is retried: delivery is at least once, and the receiver can drop the repeat by its
 * Message-ID, which is the outbox row's id. A database outage in between is not such a crash: the row is marked once
 * the database is back (markSentWhenBack). A failure counts the attempt and rethrows, for the job queue to retry.
 */
export async function deliverOutboxMessage({
  em,
  outboxId,
  transports,
  now,
}: DeliverOutboxMessageOptions): Promise<DeliveryOutcome> {
  let delivered: string | null = null;
  try {
    return await em.transactional(async (tx) => {
      const row = await lockOutboxRow(tx, outboxId);
      if (!row) return 'missing';
      if (row.sent_at) return 'already_sent';
      // The address the message was written for: the booking's own details, or the card's when it carries none.
      const contact = bookingContact(
        { email: row.booked_email, phone: row.booked_phone },
        { email: row.email, phone: row.phone },
      );
      const channel = row.channel as NotificationChannel;
      const to = channel === 'email' ? contact.email : channel === 'sms' ? contact.phone : row.patient_id;
      if (!to) {
        await markOutboxAttemptFailed(tx, { outboxId, error: 'Mottakeren mangler adresse.' });
        return 'no_recipient';
      }
      const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as {
        subject: string;
        text: string;
      };
      const { deliveryId } = await transports[channel].send({
        outboxId,
        to,
        subject: payload.subject,
        text: payload.text,
      });
      delivered = deliveryId;
      await markOutboxSent(tx, { outboxId, deliveryId, now: now() });
      return 'sent';
    });
  } catch (e) {
    if (delivered !== null && databaseUnavailable(e)) {
      await markSentWhenBack(em, outboxId, delivered, now);
      return 'sent';
    }
    const message = e instanceof Error ? e.message : String(e);
    await markOutboxAttemptFailed(em, { outboxId, error: message.slice(0, 500), onlyUnsent: true });
    throw e;
  }
}
