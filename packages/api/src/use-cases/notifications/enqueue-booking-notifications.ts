import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import {
  maskEmail, maskPhone, renderBookingMessage, type NotificationChannel, type NotificationEvent, type NotificationKind,
} from '@bn/domain';
import { toInstant } from '../booking/sql-values.js';

interface FactsRow {
  clinic_id: string;
  start_at: Date | string;
  patient_id: string | null;
  email: string | null;
  phone: string | null;
  notifications_on: boolean | null;
  automatic_dialog: string | null;
  clinic_name: string;
  practitioner_name: string | null;
  book_name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
}

// The address: the type's visiting address (T5), else the clinic's only department; none when there are several.
const FACTS = `
  select a.clinic_id, a.start_at, a.patient_id, p.email, p.phone, t.notifications_on, t.automatic_dialog,
         c.name as clinic_name, pr.name as practitioner_name, b.name as book_name, d.street, d.postcode, d.city
  from appointment a
  join clinic c on c.id = a.clinic_id
  join appointment_book b on b.id = a.book_id
  left join practitioner pr on pr.id = b.owner_practitioner_id
  left join appointment_type t on t.id = a.type_id
  left join patient p on p.id = a.patient_id
  left join lateral (
    select d.street, d.postcode, d.city from department d
    where d.id = t.department_id
       or (t.department_id is null and d.clinic_id = a.clinic_id
           and not exists (select 1 from department o where o.clinic_id = a.clinic_id and o.id <> d.id))
    limit 1) d on true
  where a.id = ?`;

export interface EnqueueBookingNotificationsOptions {
  appointmentId: string;
  event: NotificationEvent;
  now: Date;
}

/**
 * Writes the booking's notifications into the outbox, in the caller's transaction: the network's confirmation to the
 * patient always (K3), the clinic's app/portal notice when the type has notifications on (K3), and at booking the
 * type's automatic dialog whenever it has one (K4), whatever channel booked. One row per (appointment, kind, event).
 */
export async function enqueueBookingNotifications(tx: EntityManager, { appointmentId, event, now }: EnqueueBookingNotificationsOptions): Promise<number> {
  const [f] = await tx.execute<FactsRow[]>(FACTS, [appointmentId]);
  if (!f?.patient_id || (!f.email && !f.phone)) return 0;
  const facts = {
    practitionerName: f.practitioner_name ?? f.book_name,
    clinicName: f.clinic_name,
    startAt: toInstant(f.start_at),
    address: f.street ? `${f.street}, ${f.postcode} ${f.city}` : null,
  };
  let eventKey: string = event;
  if (event === 'moved') {
    const [row] = await tx.execute<{ n: string | number }[]>(
      `select count(*) as n from outbox_message where appointment_id = ? and kind = 'confirmation' and event = 'moved'`,
      [appointmentId],
    );
    eventKey = `moved#${Number(row?.n ?? 0) + 1}`;
  }
  const direct: NotificationChannel = f.email ? 'email' : 'sms';
  const directRecipient = f.email ? maskEmail(f.email) : maskPhone(f.phone!);
  const wanted: [NotificationKind, NotificationChannel, string][] = [['confirmation', direct, directRecipient]];
  if (f.notifications_on) wanted.push(['portal_notice', 'portal', 'Pasientportal og app']);
  if (event === 'booked' && f.automatic_dialog) wanted.push(['automatic_dialog', direct, directRecipient]);

  const values: unknown[] = [];
  for (const [kind, channel, recipient] of wanted) {
    const payload = renderBookingMessage(kind, event, facts, f.automatic_dialog);
    values.push(randomUUID(), now, kind, event, channel, `${appointmentId}:${kind}:${eventKey}`, f.clinic_id, appointmentId, f.patient_id, recipient, JSON.stringify(payload));
  }
  const rows = wanted.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 0)').join(', ');
  const inserted = await tx.execute<unknown[]>(
    `insert into outbox_message (id, created_at, kind, event, channel, dedupe_key, clinic_id, appointment_id, patient_id, recipient_masked, payload, attempts)
     values ${rows} on conflict (dedupe_key) do nothing returning id`,
    values,
  );
  return inserted.length;
}
