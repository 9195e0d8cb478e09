import { databaseUnavailable, type EntityManager } from '@bn/db';
import { bookingContact, type NotificationChannel } from '@bn/domain';
import type { Transports } from './transports.js';

export interface DeliverOutboxMessageOptions {
  em: EntityManager;
  outboxId: string;
  transports: Transports;
  now: () => Date;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'missing' | 'no_recipient';

interface Row {
  id: string;
  channel: NotificationChannel;
  payload: { subject: string; text: string } | string;
  sent_at: Date | string | null;
  patient_id: string | null;
  booked_email: string | null;
  booked_phone: string | null;
  email: string | null;
  phone: string | null;
}

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
      await em
        .fork()
        .execute(
          'update outbox_message set sent_at = ?, delivery_id = ?, attempts = attempts + 1, last_error = null where id = ? and sent_at is null',
          [now(), deliveryId, outboxId],
        );
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
      const [row] = await tx.execute<Row[]>(
        `select o.id, o.channel, o.payload, o.sent_at, o.patient_id, a.booked_email, a.booked_phone, p.email, p.phone
         from outbox_message o left join appointment a on a.id = o.appointment_id left join patient p on p.id = o.patient_id
         where o.id = ? for update of o`,
        [outboxId],
      );
      if (!row) return 'missing';
      if (row.sent_at) return 'already_sent';
      // The address the message was written for: the booking's own details, or the card's when it carries none.
      const contact = bookingContact(
        { email: row.booked_email, phone: row.booked_phone },
        { email: row.email, phone: row.phone },
      );
      const to = row.channel === 'email' ? contact.email : row.channel === 'sms' ? contact.phone : row.patient_id;
      if (!to) {
        await tx.execute('update outbox_message set attempts = attempts + 1, last_error = ? where id = ?', [
          'Mottakeren mangler adresse.',
          outboxId,
        ]);
        return 'no_recipient';
      }
      const payload =
        typeof row.payload === 'string' ? (JSON.parse(row.payload) as { subject: string; text: string }) : row.payload;
      const { deliveryId } = await transports[row.channel].send({
        outboxId,
        to,
        subject: payload.subject,
        text: payload.text,
      });
      delivered = deliveryId;
      await tx.execute(
        'update outbox_message set sent_at = ?, delivery_id = ?, attempts = attempts + 1, last_error = null where id = ?',
        [now(), deliveryId, outboxId],
      );
      return 'sent';
    });
  } catch (e) {
    if (delivered !== null && databaseUnavailable(e)) {
      await markSentWhenBack(em, outboxId, delivered, now);
      return 'sent';
    }
    const message = e instanceof Error ? e.message : String(e);
    await em.execute(
      'update outbox_message set attempts = attempts + 1, last_error = ? where id = ? and sent_at is null',
      [message.slice(0, 500), outboxId],
    );
    throw e;
  }
}
