// Retention's deletes: one batch per statement, so each is short and never holds locks a booking waits for.
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export type RetentionTable = 'idempotency_key' | 'session' | 'sign_in_attempt' | 'outbox_message' | 'api_key_usage';

const STATEMENTS: Record<RetentionTable, (before: Date, batch: number) => RawBuilder<unknown>> = {
  idempotency_key: (before, batch) =>
    sql`delete from idempotency_key where ctid in (select ctid from idempotency_key where created_at < ${before}::timestamptz limit ${batch}::int) returning 1`,
  session: (before, batch) =>
    sql`delete from session where ctid in (select ctid from session where expires_at < ${before}::timestamptz limit ${batch}::int) returning 1`,
  sign_in_attempt: (before, batch) =>
    sql`delete from sign_in_attempt where ctid in (select ctid from sign_in_attempt where at < ${before}::timestamptz limit ${batch}::int) returning 1`,
  api_key_usage: (before, batch) =>
    sql`delete from api_key_usage where ctid in (select ctid from api_key_usage where window_start < ${before}::timestamptz limit ${batch}::int) returning 1`,
  // Moved, not lost: the clinic's notification log reads the outbox and notification_log together.
  outbox_message: (before, batch) => sql`with moved as (
        delete from outbox_message where id in (select id from outbox_message where sent_at < ${before}::timestamptz order by sent_at limit ${batch}::int)
        returning id, created_at, kind, event, channel, clinic_id, appointment_id, recipient_masked, payload, sent_at, delivery_id, attempts)
      insert into notification_log (id, created_at, kind, event, channel, clinic_id, appointment_id, recipient_masked, subject, sent_at, delivery_id, attempts)
      select id, created_at, kind, event, channel, clinic_id, appointment_id, recipient_masked, coalesce(payload->>'subject', ''), sent_at, delivery_id, attempts
      from moved
      on conflict (id) do nothing
      returning 1`,
};

/** Removes (the outbox: moves to the log) up to `batch` rows older than `before`; returns how many. */
export async function removeRetainedBatch(
  em: EntityManager,
  table: RetentionTable,
  before: Date,
  batch: number,
): Promise<number> {
  const { rows } = await STATEMENTS[table](before, batch).execute(sqlOf(em));
  return rows.length;
}
