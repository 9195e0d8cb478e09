import { claimOutboxRow, outboxRowState, type ClaimedOutboxRow, type EntityManager } from '@bn/db';
import { bookingContact, type BookingCalendarEvent, type NotificationChannel } from '@bn/domain';
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

/** How long a sent row's mark is retried before the job is handed back to the queue (the heartbeat keeps trying). */
const MARK_PATIENCE_MS = 10_000;

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
    let row: ClaimedOutboxRow | null;
    try {
      // The claim commits on its own before anything is sent (@bn/db's claimOutboxRow).
      row = await claimOutboxRow(em, {
        outboxId,
        senderId: sender.id,
        mayTakeOver: sender.mayTakeOver(),
        staleSeconds: SENDER_STALE_SECONDS,
      });
    } catch (e) {
      // The claim may have committed with its answer lost: give it back later rather than hold it while alive.
      sender.unreleased.set(outboxId, null);
      throw e;
    }
    if (!row) {
      const state = await outboxRowState(em, outboxId);
      if (!state) return 'missing';
      if (state.sent_at) return 'already_sent';
      throw new OutboxRowBusy(outboxId);
    }
    sender.unreleased.delete(outboxId);
    const contact = bookingContact(
      { email: row.booked_email, phone: row.booked_phone },
      { email: row.email, phone: row.phone },
    );
    const channel = row.channel as NotificationChannel;
    const to =
      row.user_email ?? (channel === 'email' ? contact.email : channel === 'sms' ? contact.phone : row.patient_id);
    if (!to) {
      sender.unreleased.set(outboxId, 'Mottakeren mangler adresse.');
      return 'no_recipient';
    }
    const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as {
      subject: string;
      text: string;
      calendar?: BookingCalendarEvent;
    };
    // The payload is JSON: the calendar entry's instants come back as strings.
    const calendar = payload.calendar && {
      ...payload.calendar,
      startAt: new Date(payload.calendar.startAt),
      endAt: new Date(payload.calendar.endAt),
    };
    try {
      ({ deliveryId } = await transports[channel].send({
        outboxId,
        to,
        subject: payload.subject,
        text: payload.text,
        ...(calendar ? { calendar } : {}),
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
