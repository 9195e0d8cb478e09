import type { EntityManager } from '@bn/db';
import { bookingContact, type NotificationChannel } from '@bn/domain';
import type { Transports } from './transports.js';
import { markSent, releaseClaim, SENDER_STALE_SECONDS, type OutboxSender } from './outbox-sender.js';

export interface DeliverOutboxMessageOptions {
  em: EntityManager;
  outboxId: string;
  transports: Transports;
  /** This worker process's sender: its claims, and what the receiver took that is not marked yet. */
  sender: OutboxSender;
  now: () => Date;
}

export type DeliveryOutcome = 'sent' | 'already_sent' | 'missing' | 'no_recipient';

/** The row is claimed by a sender that is alive (or was, too recently to tell): the job is retried later. */
export class OutboxRowBusy extends Error {
  constructor(outboxId: string) {
    super(`outbox row ${outboxId} is being sent by another sender`);
    this.name = 'OutboxRowBusy';
  }
}

interface Row {
  id: string;
  channel: NotificationChannel;
  payload: { subject: string; text: string } | string;
  patient_id: string | null;
  booked_email: string | null;
  booked_phone: string | null;
  email: string | null;
  phone: string | null;
}

/** How long a sent row's mark is retried before the job is handed back to the queue (the heartbeat keeps trying). */
const MARK_PATIENCE_MS = 10_000;

/**
 * The claim, committed on its own before anything is sent: unsent, and unclaimed, or claimed by this sender (which
 * knows it did not send it: it is neither being sent nor unmarked here), or — when this sender may take over — claimed
 * by a sender not seen for SENDER_STALE_SECONDS. With the recipient's address as the message was written for: the
 * booking's own details, or the card's when it carries none.
 */
const CLAIM_SQL = `
  with claimed as (
    update outbox_message o set claimed_by = ?, claimed_at = clock_timestamp(), attempts = o.attempts + 1
    where o.id = ? and o.sent_at is null
      and (o.claimed_by is null or o.claimed_by = ? or (?::boolean and not exists (
        select 1 from outbox_sender s where s.id = o.claimed_by and s.seen_at > clock_timestamp() - make_interval(secs => ?))))
    returning o.id, o.channel, o.payload, o.patient_id, o.appointment_id)
  select c.id, c.channel, c.payload, c.patient_id, a.booked_email, a.booked_phone, p.email, p.phone
  from claimed c left join appointment a on a.id = c.appointment_id left join patient p on p.id = c.patient_id`;

async function markSentPatiently(em: EntityManager, sender: OutboxSender, outboxId: string): Promise<void> {
  const deadline = Date.now() + MARK_PATIENCE_MS;
  for (;;) {
    try {
      return await markSent(em.fork(), sender, outboxId);
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Sends one outbox message at most once per claim. The claim is committed before the transport is called; the
 * receiver's acceptance is remembered in this process at once (`sender.unmarked`) and `sent_at` written as soon as the
 * database takes it — so a database outage between the receiver's answer and the commit never makes anyone send the
 * row again: not this process (it remembers), not another (the claim's sender is alive). Only a sender that dies in
 * that instant, or loses the database alone for SENDER_STALE_SECONDS, leaves a row that another sender sends again,
 * with the same Message-ID (the row's id) for the receiver to drop. A failed send gives the claim back with its error
 * and rethrows, for the job queue to retry.
 */
export async function deliverOutboxMessage({
  em,
  outboxId,
  transports,
  sender,
  now,
}: DeliverOutboxMessageOptions): Promise<DeliveryOutcome> {
  if (sender.unmarked.has(outboxId)) {
    await markSentPatiently(em, sender, outboxId);
    return 'sent';
  }
  if (sender.sending.has(outboxId)) throw new OutboxRowBusy(outboxId);
  sender.sending.add(outboxId);
  let deliveryId: string;
  try {
    let row: Row | undefined;
    try {
      [row] = await em.execute<Row[]>(CLAIM_SQL, [
        sender.id,
        outboxId,
        sender.id,
        sender.mayTakeOver(),
        SENDER_STALE_SECONDS,
      ]);
    } catch (e) {
      // The claim may have committed with its answer lost: give it back later rather than hold it while alive.
      sender.unreleased.set(outboxId, null);
      throw e;
    }
    if (!row) {
      const [state] = await em.execute<{ sent_at: unknown }[]>('select sent_at from outbox_message where id = ?', [
        outboxId,
      ]);
      if (!state) return 'missing';
      if (state.sent_at) return 'already_sent';
      throw new OutboxRowBusy(outboxId);
    }
    sender.unreleased.delete(outboxId);
    const contact = bookingContact(
      { email: row.booked_email, phone: row.booked_phone },
      { email: row.email, phone: row.phone },
    );
    const to = row.channel === 'email' ? contact.email : row.channel === 'sms' ? contact.phone : row.patient_id;
    if (!to) {
      sender.unreleased.set(outboxId, 'Mottakeren mangler adresse.');
      return 'no_recipient';
    }
    const payload =
      typeof row.payload === 'string' ? (JSON.parse(row.payload) as { subject: string; text: string }) : row.payload;
    try {
      ({ deliveryId } = await transports[row.channel].send({
        outboxId,
        to,
        subject: payload.subject,
        text: payload.text,
      }));
    } catch (e) {
      sender.unreleased.set(outboxId, e instanceof Error ? e.message : String(e));
      throw e;
    }
    sender.unmarked.set(outboxId, { deliveryId, sentAt: now() });
  } finally {
    sender.sending.delete(outboxId);
    // Best effort now; the heartbeat writes what is left.
    await releaseClaim(em.fork(), sender, outboxId).catch(() => {});
  }
  await markSentPatiently(em, sender, outboxId);
  return 'sent';
}
