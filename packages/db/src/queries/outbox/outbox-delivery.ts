// The outbox's way out: the relay hands unqueued rows to the job queue; a delivery locks, sends and marks one row.

import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

/**
 * Outbox rows not yet handed to the job queue, oldest first: what the relay sends on. A row whose job was created but
 * not yet marked (a crash in between) comes back here; the job queue refuses a second job with the same id.
 */
export async function unqueuedOutboxIds(em: EntityManager, limit: number): Promise<string[]> {
  const rows = await sqlOf(em)
    .selectFrom('outbox_message')
    .select('id')
    .where('sent_at', 'is', null)
    .where('queued_at', 'is', null)
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Marks rows as handed to the job queue. Several relays (one per server) and the deliveries touch the same rows at
 * once: rows another transaction holds are skipped instead of waited for, so no two relays can deadlock over lock
 * order. A skipped row stays unmarked and is relayed again; its job id is its own id, so no second job is created.
 */
export async function markOutboxQueued(em: EntityManager, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  const db = sqlOf(em);
  await db
    .updateTable('outbox_message')
    .set({ queued_at: now })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox_message')
        .select('id')
        .where('id', 'in', [...ids])
        .where('queued_at', 'is', null)
        .orderBy('id')
        .forUpdate()
        .skipLocked(),
    )
    .execute();
}

export interface NotificationLogRow {
  id: string;
  created_at: Date;
  kind: string;
  event: string;
  channel: string;
  recipient_masked: string;
  subject: string | null;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  /** The booking the message is about, as it stands now (null for an account message, or once it is erased). */
  booking_start_at: Date | null;
  /** The book owner's name as the patient saw it (B2), else the book's own name. */
  booking_practitioner: string | null;
}

/**
 * The clinic's messages, newest first: the outbox and, past retention, the notification log together, each with
 * the booking it is about.
 */
export async function notificationLogRows(
  em: EntityManager,
  clinicId: string,
  limit: number,
): Promise<NotificationLogRow[]> {
  const { rows } = await sql<NotificationLogRow>`select log.id, log.created_at, log.kind, log.event, log.channel,
       log.recipient_masked, log.subject, log.sent_at, log.attempts, log.last_error,
       a.start_at as booking_start_at, coalesce(pr.name, b.name) as booking_practitioner
     from (
       (select id, created_at, kind, event, channel, recipient_masked, payload->>'subject' as subject, sent_at, attempts, last_error, appointment_id
        from outbox_message where clinic_id = ${clinicId}::text order by created_at desc, id limit ${limit}::int)
       union all
       (select id, created_at, kind, event, channel, recipient_masked, subject, sent_at, attempts, null, appointment_id
        from notification_log where clinic_id = ${clinicId}::text order by created_at desc, id limit ${limit}::int)
     ) log
     left join appointment a on a.id = log.appointment_id and a.clinic_id = ${clinicId}::text
     left join appointment_book b on b.id = a.book_id
     left join practitioner pr on pr.id = b.owner_practitioner_id
     order by log.created_at desc, log.id limit ${limit}::int`.execute(sqlOf(em));
  return rows;
}

/** Messages still to be sent and not failing: how many, and how long the oldest has waited (seconds). */
export async function outboxBacklog(em: EntityManager): Promise<{ waiting: number; oldestSeconds: number }> {
  const { rows } = await sql<{ waiting: string; oldest: string | null }>`
    select count(*) as waiting, extract(epoch from now() - min(created_at)) as oldest
    from outbox_message where sent_at is null and last_error is null`.execute(sqlOf(em));
  return { waiting: Number(rows[0]?.waiting ?? 0), oldestSeconds: Number(rows[0]?.oldest ?? 0) };
}

export interface ClaimedOutboxRow {
  id: string;
  channel: string;
  payload: unknown;
  patient_id: string | null;
  booked_email: string | null;
  booked_phone: string | null;
  email: string | null;
  phone: string | null;
  /** An account message's recipient: the user's own address. */
  user_email: string | null;
}

/**
 * The claim, committed on its own before anything is sent: unsent, and unclaimed, or claimed by this sender (which
 * knows it did not send it), or — when `mayTakeOver` — claimed by a sender not seen for `staleSeconds`. With the
 * recipient's address as the message was written for: the booking's own details, or the card's when it carries none.
 * Null: not claimed (see `outboxRowState`).
 */
export async function claimOutboxRow(
  em: EntityManager,
  c: { outboxId: string; senderId: string; mayTakeOver: boolean; staleSeconds: number },
): Promise<ClaimedOutboxRow | null> {
  const { rows } = await sql<ClaimedOutboxRow>`
    with claimed as (
      update outbox_message o set claimed_by = ${c.senderId}::text, claimed_at = clock_timestamp(), attempts = o.attempts + 1
      where o.id = ${c.outboxId}::text and o.sent_at is null
        and (o.claimed_by is null or o.claimed_by = ${c.senderId}::text or (${c.mayTakeOver}::boolean and not exists (
          select 1 from outbox_sender s where s.id = o.claimed_by and s.seen_at > clock_timestamp() - make_interval(secs => ${c.staleSeconds}::int))))
      returning o.id, o.channel, o.payload, o.patient_id, o.appointment_id, o.user_id)
    select c.id, c.channel, c.payload, c.patient_id, a.booked_email, a.booked_phone, p.email, p.phone, u.email as user_email
    from claimed c left join appointment a on a.id = c.appointment_id left join patient p on p.id = c.patient_id
      left join app_user u on u.id = c.user_id`.execute(sqlOf(em));
  return rows[0] ?? null;
}

/** Whether the row exists and when it was sent. */
export async function outboxRowState(em: EntityManager, outboxId: string): Promise<{ sent_at: Date | null } | null> {
  const row = await sqlOf(em)
    .selectFrom('outbox_message')
    .select('sent_at')
    .where('id', '=', outboxId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Commits `sent_at` of a row the receiver took (unless a repeat already did). An account message's text holds its
 * one-time link: it is cleared here, so the link lives in the database only until it is sent (the log keeps the subject).
 */
export async function markOutboxSent(
  em: EntityManager,
  m: { outboxId: string; deliveryId: string; sentAt: Date },
): Promise<void> {
  await sqlOf(em)
    .updateTable('outbox_message')
    .set({
      sent_at: m.sentAt,
      delivery_id: m.deliveryId,
      last_error: null,
      payload: sql`case when user_id is null then payload else jsonb_set(payload, '{text}', '""'::jsonb) end`,
    })
    .where('id', '=', m.outboxId)
    .where('sent_at', 'is', null)
    .execute();
}

/** Gives the sender's claim back, with the attempt's error when it failed. */
export async function releaseOutboxClaim(
  em: EntityManager,
  r: { outboxId: string; senderId: string; error: string | null },
): Promise<void> {
  await sqlOf(em)
    .updateTable('outbox_message')
    .set((eb) => ({
      claimed_by: null,
      claimed_at: null,
      last_error: eb.fn.coalesce(eb.val(r.error), eb.ref('last_error')),
    }))
    .where('id', '=', r.outboxId)
    .where('claimed_by', '=', r.senderId)
    .where('sent_at', 'is', null)
    .execute();
}

/** The sender's heartbeat (its row created on the first). */
export async function beatOutboxSender(em: EntityManager, senderId: string): Promise<void> {
  await sql`insert into outbox_sender (id, started_at, seen_at) values (${senderId}::text, clock_timestamp(), clock_timestamp())
    on conflict (id) do update set seen_at = excluded.seen_at`.execute(sqlOf(em));
}

/** Senders gone for a day hold no claim worth keeping a row for (a missing sender counts as not seen). */
export async function pruneOutboxSenders(em: EntityManager): Promise<void> {
  await sql`delete from outbox_sender where seen_at < clock_timestamp() - interval '1 day'`.execute(sqlOf(em));
}
