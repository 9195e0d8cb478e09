// What the clinic sees of billing cards: one card with its appointment, patient and claim, and the clinic's work
// still to bill (draft cards, and past bookings without a card).
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BillingCardStatus } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';

export interface CardContextRow {
  start_at: Date;
  end_at: Date;
  appointment_status: string;
  patient_name: string;
  practitioner_id: string | null;
  practitioner_name: string | null;
  type_name: string | null;
  insurer_name: string | null;
  case_id: string | null;
  case_number: string | null;
}

/** The appointment, patient and claim around a card, as the card's page shows them. */
export async function cardContext(em: EntityManager, cardId: string): Promise<CardContextRow | null> {
  const { rows } = await sql<CardContextRow>`
    select a.start_at, a.end_at, a.status as appointment_status, p.name as patient_name,
           pr.id as practitioner_id, pr.name as practitioner_name, t.name as type_name,
           i.name as insurer_name, cl.case_id, cl.case_number
    from billing_card c join appointment a on a.id = c.appointment_id join patient p on p.id = c.patient_id
    join appointment_book b on b.id = a.book_id left join practitioner pr on pr.id = b.owner_practitioner_id
    left join appointment_type t on t.id = a.type_id
    left join claim cl on cl.id = c.claim_id left join insurer i on i.id = cl.insurer_id
    where c.id = ${cardId}`.execute(sqlOf(em));
  return rows[0] ?? null;
}

export interface UnbilledRow {
  card_id: string | null;
  appointment_id: string;
  patient_id: string;
  patient_name: string;
  start_at: Date;
  appointment_status: string;
  practitioner_name: string | null;
  type_name: string | null;
  case_id: string | null;
  status: BillingCardStatus | null;
}

/**
 * The clinic's draft cards, and the bookings that have started without a card that is not credited — also cancelled
 * ones and no-shows when the clinic charges for them (the same cases assertCardCreatable allows). Newest first.
 */
export async function unbilledOfClinic(
  em: EntityManager,
  o: { clinicId: string; now: Date; limit: number },
): Promise<UnbilledRow[]> {
  const { rows } = await sql<UnbilledRow>`
    select c.id as card_id, a.id as appointment_id, p.id as patient_id, p.name as patient_name, a.start_at,
           a.status as appointment_status, pr.name as practitioner_name, t.name as type_name, a.case_id, c.status
    from appointment a join clinic k on k.id = a.clinic_id join patient p on p.id = a.patient_id
    join appointment_book b on b.id = a.book_id left join practitioner pr on pr.id = b.owner_practitioner_id
    left join appointment_type t on t.id = a.type_id
    left join billing_card c on c.appointment_id = a.id and c.status <> 'credited'
    where a.clinic_id = ${o.clinicId} and a.kind = 'booking'
      and (c.status = 'draft' or (c.id is null and a.start_at <= ${o.now}::timestamptz
        and (a.status = 'active' or (a.status = 'cancelled' and k.charges_cancellation) or (a.status = 'no_show' and k.charges_no_show))))
    order by a.start_at desc, a.id limit ${o.limit}`.execute(sqlOf(em));
  return rows;
}
