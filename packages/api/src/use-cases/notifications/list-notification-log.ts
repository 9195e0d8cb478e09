import type { EntityManager } from '@bn/db';
import type { NotificationChannel, NotificationEvent, NotificationKind } from '@bn/domain';
import { toInstant } from '../booking/sql-values.js';

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
}

interface Row {
  id: string;
  created_at: Date | string;
  kind: NotificationKind;
  event: NotificationEvent;
  channel: NotificationChannel;
  recipient_masked: string;
  subject: string;
  sent_at: Date | string | null;
  attempts: number;
  last_error: string | null;
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
  const rows = await em.execute<Row[]>(
    `select * from (
       (select id, created_at, kind, event, channel, recipient_masked, payload->>'subject' as subject, sent_at, attempts, last_error
        from outbox_message where clinic_id = ? order by created_at desc, id limit ?)
       union all
       (select id, created_at, kind, event, channel, recipient_masked, subject, sent_at, attempts, null
        from notification_log where clinic_id = ? order by created_at desc, id limit ?)
     ) log order by created_at desc, id limit ?`,
    [clinicId, limit, clinicId, limit, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: toInstant(r.created_at),
    kind: r.kind,
    event: r.event,
    channel: r.channel,
    recipient: r.recipient_masked,
    subject: r.subject,
    status: r.sent_at ? 'sent' : r.last_error ? 'failing' : 'pending',
    sentAt: r.sent_at ? toInstant(r.sent_at) : null,
    attempts: Number(r.attempts),
    lastError: r.last_error,
  }));
}
