import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import {
  bookingContact,
  maskEmail,
  maskPhone,
  renderBookingMessage,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationKind,
} from '@bn/domain';
import { sql, toInstant, type Sql } from '../booking/sql-values.js';

/** What a booking's messages say and where they go, as `NOTIFICATION_FACTS_COLUMNS` selects it. */
export interface NotificationFactsRow {
  clinic_id: string;
  start_at: Date | string;
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
 * clinic's only department; none when there are several and the appointment names none. Shared by this module's own
 * query and the confirmation's single read (confirm-booking.ts), so both render the same messages.
 */
export const NOTIFICATION_FACTS_JOINS: Sql = sql`
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

export const NOTIFICATION_FACTS_COLUMNS: Sql = sql`a.clinic_id, a.start_at, t.notifications_on, t.automatic_dialog,
  c.name as clinic_name, pr.name as practitioner_name, b.name as book_name, d.street, d.postcode, d.city`;

const factsOf = (appointmentId: string) => sql`
  select ${NOTIFICATION_FACTS_COLUMNS}, a.patient_id, a.booked_email, a.booked_phone, p.email, p.phone
  from appointment a ${NOTIFICATION_FACTS_JOINS}
  left join patient p on p.id = a.patient_id
  where a.id = ${appointmentId}::text`;

/** One outbox row, before the patient's card id is known (the caller's statement supplies it). */
export interface OutboxRow {
  id: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  dedupe_key: string;
  recipient_masked: string;
  payload: unknown;
}

export interface OutboxRowsOptions {
  appointmentId: string;
  event: NotificationEvent;
  /** The event as the dedupe key counts it: `booked`, `cancelled`, `moved#2`. */
  eventKey: string;
  facts: NotificationFactsRow;
  /** Where the messages go: the booking's contact details, or the card's (`bookingContact`). */
  email: string | null;
  phone: string | null;
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
  facts: f,
  email,
  phone,
}: OutboxRowsOptions): OutboxRow[] {
  if (!email && !phone) return [];
  const facts = {
    practitionerName: f.practitioner_name ?? f.book_name,
    clinicName: f.clinic_name,
    startAt: toInstant(f.start_at),
    address: f.street ? `${f.street}, ${f.postcode} ${f.city}` : null,
  };
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
    payload: renderBookingMessage(kind, event, facts, f.automatic_dialog),
  }));
}

export interface InsertOutboxOptions {
  rows: readonly OutboxRow[];
  event: NotificationEvent;
  clinicId: string;
  appointmentId: string;
  /** A FROM item with the patient card's `patient_id`: one row to write the messages, none to write nothing. */
  source: Sql;
  now: Date;
}

/** Writes outbox rows as one statement (or a data-modifying CTE of the caller's); a row already there is skipped. */
export function insertOutboxSql({ rows, event, clinicId, appointmentId, source, now }: InsertOutboxOptions): Sql {
  return sql`insert into outbox_message (id, created_at, kind, event, channel, dedupe_key, clinic_id, appointment_id, patient_id, recipient_masked, payload, attempts)
    select m.id, ${now}::timestamptz, m.kind, ${event}::text, m.channel, m.dedupe_key, ${clinicId}::text, ${appointmentId}::text, src.patient_id,
           m.recipient_masked, m.payload, 0
    from ${source} src,
         jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as m(id text, kind text, channel text, dedupe_key text, recipient_masked text, payload jsonb)
    on conflict (dedupe_key) do nothing
    returning id`;
}

interface ContactColumns {
  patient_id: string | null;
  booked_email: string | null;
  booked_phone: string | null;
  email: string | null;
  phone: string | null;
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
  const read = factsOf(appointmentId);
  const [f] = await tx.execute<(NotificationFactsRow & ContactColumns)[]>(read.text, read.values);
  if (!f?.patient_id) return 0;
  let eventKey: string = event;
  if (event === 'moved') {
    const [row] = await tx.execute<{ n: string | number }[]>(
      // Delivered messages move to the notification log after a day; the count goes on there.
      `select (select count(*) from outbox_message where appointment_id = ? and kind = 'confirmation' and event = 'moved')
            + (select count(*) from notification_log where appointment_id = ? and kind = 'confirmation' and event = 'moved') as n`,
      [appointmentId, appointmentId],
    );
    eventKey = `moved#${Number(row?.n ?? 0) + 1}`;
  }
  const contact = bookingContact({ email: f.booked_email, phone: f.booked_phone }, { email: f.email, phone: f.phone });
  const rows = bookingOutboxRows({ appointmentId, event, eventKey, facts: f, ...contact });
  if (rows.length === 0) return 0;
  const insert = insertOutboxSql({
    rows,
    event,
    clinicId: f.clinic_id,
    appointmentId,
    source: sql`(select ${f.patient_id}::text as patient_id)`,
    now,
  });
  return (await tx.execute<unknown[]>(insert.text, insert.values)).length;
}
