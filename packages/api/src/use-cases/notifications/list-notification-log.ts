import { notificationLogRows, type EntityManager } from '@bn/db';
import type { NotificationChannel, NotificationEvent, NotificationKind } from '@bn/domain';

export interface NotificationLogOptions {
  em: EntityManager;
  clinicId: string;
  limit: number;
}

export type NotificationStatus = 'pending' | 'sent' | 'failing';

export interface NotificationLogRow {
  id: string;
  createdAt: Date;
  kind: NotificationKind;
  event: NotificationEvent;
  channel: NotificationChannel;
  /** Masked when the row was written: k***@example.no, +47 *** ** 567. */
  recipient: string;
  subject: string;
  status: NotificationStatus;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  /** The booking the message is about: its time now and its practitioner; null for a message about no booking. */
  booking: { startAt: Date; practitionerName: string } | null;
}

/**
 * The clinic's notification log for the admin app: what went to whom (masked), when, and whether it got there. Recent
 * and unsent messages are in the outbox; delivered ones move to `notification_log` a day later (the retention job).
 */
export async function listNotificationLog({
  em,
  clinicId,
  limit,
}: NotificationLogOptions): Promise<NotificationLogRow[]> {
  const rows = await notificationLogRows(em, clinicId, limit);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    kind: r.kind as NotificationKind,
    event: r.event as NotificationEvent,
    channel: r.channel as NotificationChannel,
    recipient: r.recipient_masked,
    subject: r.subject as string,
    status: r.sent_at ? 'sent' : r.last_error ? 'failing' : 'pending',
    sentAt: r.sent_at,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    booking:
      r.booking_start_at && r.booking_practitioner
        ? { startAt: r.booking_start_at, practitionerName: r.booking_practitioner }
        : null,
  }));
}
