// The outbox: notifications written in the booking's own transaction (or statement), sent later by the worker.
import { sql, type RawBuilder } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { restrictionColumns, type RestrictionsRow } from '../booking/restrictions.js';

/**
 * What a booking's messages say and where they go, as `notificationFactsColumns` selects it; with T3's columns, for
 * the confirmation's cancellation deadline.
 */
export interface NotificationFactsRow extends RestrictionsRow {
  clinic_id: string;
  start_at: Date;
  end_at: Date;
  type_name: string | null;
  clinic_phone: string | null;
  notifications_on: boolean | null;
  automatic_dialog: string | null;
  clinic_name: string;
  practitioner_name: string | null;
  book_name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
}

/**
 * The joins from an appointment `a` to its clinic `c`, book `b`, owner `pr`, type `t` and visiting address `d`: the
 * department stored on the appointment (chosen from the search hit), else the type's department (T5), else the
 * clinic's only department; none when there are several and the appointment names none. Used by the facts read below
 * and by the confirmation's single read, so both render the same messages.
 */
export const notificationFactsJoins: RawBuilder<unknown> = sql`
  join clinic c on c.id = a.clinic_id
  join appointment_book b on b.id = a.book_id
  left join practitioner pr on pr.id = b.owner_practitioner_id
  left join appointment_type t on t.id = a.type_id
  left join lateral (
    select d.street, d.postcode, d.city from department d
    where d.id = coalesce(a.department_id, t.department_id)
       or (a.department_id is null and t.department_id is null and d.clinic_id = a.clinic_id
           and not exists (select 1 from department o where o.clinic_id = a.clinic_id and o.id <> d.id))
    limit 1) d on true`;

export const notificationFactsColumns: RawBuilder<unknown> = sql`a.clinic_id, a.start_at, a.end_at, t.notifications_on, t.automatic_dialog,
  t.name as type_name, c.name as clinic_name, c.phone as clinic_phone, pr.name as practitioner_name, b.name as book_name,
  d.street, d.postcode, d.city, ${restrictionColumns}`;

export interface BookingContactRow extends NotificationFactsRow {
  patient_id: string | null;
  booked_email: string | null;
  booked_phone: string | null;
  email: string | null;
  phone: string | null;
}

/** An appointment's message facts with the booking's and the card's contact details. */
export async function bookingMessageFacts(tx: EntityManager, appointmentId: string): Promise<BookingContactRow | null> {
  const { rows } = await sql<BookingContactRow>`
    select ${notificationFactsColumns}, a.patient_id, a.booked_email, a.booked_phone, p.email, p.phone
    from appointment a ${notificationFactsJoins}
    left join patient p on p.id = a.patient_id
    where a.id = ${appointmentId}::text`.execute(sqlOf(tx));
  return rows[0] ?? null;
}

/** How many times the booking was moved before, as its messages count (delivered ones live on in the log). */
export async function previousMoves(tx: EntityManager, appointmentId: string): Promise<number> {
  const db = sqlOf(tx);
  const count = (table: 'outbox_message' | 'notification_log') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('appointment_id', '=', appointmentId)
      .where('kind', '=', 'confirmation')
      .where('event', '=', 'moved');
  const row = await db
    .selectNoFrom(() => [count('outbox_message').as('outbox'), count('notification_log').as('log')])
    .executeTakeFirst();
  return Number(row?.outbox ?? 0) + Number(row?.log ?? 0);
}

/** When the booking's confirmation was sent again since `since` (booking.resendConfirmation), oldest first. */
export async function resendTimes(tx: EntityManager, appointmentId: string, since: Date): Promise<Date[]> {
  const rows = await sqlOf(tx)
    .selectFrom('outbox_message')
    .select('created_at')
    .where('appointment_id', '=', appointmentId)
    .where('kind', '=', 'confirmation')
    .where('dedupe_key', 'like', '%:confirmation:resent@%')
    .where('created_at', '>', since)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => new Date(r.created_at));
}

/** One outbox row, before the patient's card id is known (the statement supplies it). */
export interface OutboxRow {
  id: string;
  kind: string;
  channel: string;
  dedupe_key: string;
  recipient_masked: string;
  payload: unknown;
}

export interface InsertOutboxOptions {
  rows: readonly OutboxRow[];
  event: string;
  clinicId: string;
  appointmentId: string;
  /** A FROM item with the patient card's `patient_id`: one row to write the messages, none to write nothing. */
  source: RawBuilder<unknown>;
  now: Date;
}

/** Writes outbox rows as one statement (or a data-modifying CTE of the caller's); a row already there is skipped. */
export function insertOutbox({
  rows,
  event,
  clinicId,
  appointmentId,
  source,
  now,
}: InsertOutboxOptions): RawBuilder<{ id: string }> {
  return sql`insert into outbox_message (id, created_at, kind, event, channel, dedupe_key, clinic_id, appointment_id, patient_id, recipient_masked, payload, attempts)
    select m.id, ${now}::timestamptz, m.kind, ${event}::text, m.channel, m.dedupe_key, ${clinicId}::text, ${appointmentId}::text, src.patient_id,
           m.recipient_masked, m.payload, 0
    from ${source} src,
         jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as m(id text, kind text, channel text, dedupe_key text, recipient_masked text, payload jsonb)
    on conflict (dedupe_key) do nothing
    returning id`;
}

/** The outbox rows for one patient card, as a statement of its own in the caller's transaction. */
export async function insertOutboxFor(
  tx: EntityManager,
  o: Omit<InsertOutboxOptions, 'source'> & { patientId: string },
): Promise<number> {
  const { rows } = await insertOutbox({ ...o, source: sql`(select ${o.patientId}::text as patient_id)` }).execute(
    sqlOf(tx),
  );
  return rows.length;
}
