// The confirmation's two statements (the api's confirmBooking decides between them): one read of everything it
// decides on, and one data-modifying statement that writes the booking, the card, the claim, the outbox rows and the
// idempotency answer together. Each piece is the fragment its own module owns.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookerRef } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';
import { storedAnswerJoin, storeKeyStatement, type KeyRef } from '../idempotency/idempotency-store.js';
import { notificationFactsColumns, notificationFactsJoins, insertOutbox } from '../outbox/outbox-rows.js';
import { insertWebhookDeliveries, insertWebhookEvents } from '../webhooks/webhook-events.js';
import type { NotificationFactsRow, OutboxRow } from '../outbox/outbox-rows.js';
import { upsertPatientCard, type CardDetails } from '../patients/patient-card.js';
import { claimCaseOwner, linkCaseClaim } from '../claims/case-claim.js';
import { offerMatches } from '../offers/bookable-offer.js';

export interface ConfirmReadRow extends NotificationFactsRow {
  request_hash: string | null;
  response: unknown;
  /** The booker's active hold; null: none. */
  id: string | null;
  book_id: string;
  hold_expires_at: Date | null;
  tariff_id: string | null;
  tariff_code: string | null;
  /** The clinic's card for this national id, if there is one. */
  card_email: string | null;
  card_phone: string | null;
  /** The offer for another tariff the confirmation asks for. */
  offer_tariff_id: string | null;
  offer_tariff_code: string | null;
  offer_bookable_from: Date | null;
  offer_bookable_until: Date | null;
  /** The offer the hold rests on, still there (readiness), and when it holds. */
  held_offer: boolean;
  held_bookable_from: Date | null;
  held_bookable_until: Date | null;
}

export interface ConfirmReadOptions {
  holdId: string;
  booker: BookerRef;
  nationalId: string;
  /** Another tariff the confirmation asks for; null: the hold's. */
  tariffCode: string | null;
  key: KeyRef;
}

/**
 * Everything a confirmation decides on, in one read and one snapshot: the key's stored answer; the booker's hold with
 * its T3 restrictions and what the notifications say (clinic, practitioner, address, the type's notice and dialog);
 * the patient card's contact details; and the offer for another tariff, when one is asked for. A named statement.
 */
export async function readConfirmation(em: EntityManager, o: ConfirmReadOptions): Promise<ConfirmReadRow | null> {
  const held = sql.ref('a.insurer_id');
  const { rows } = await sql<ConfirmReadRow>`
  select k.request_hash, k.response, h.*
  from (select 1) one
  ${storedAnswerJoin(o.key)}
  left join lateral (
    select a.id, a.book_id, a.hold_expires_at, a.tariff_id, tr.code as tariff_code, ${notificationFactsColumns},
           p.email as card_email, p.phone as card_phone, o.tariff_id as offer_tariff_id, o.tariff_code as offer_tariff_code,
           o.bookable_from as offer_bookable_from, o.bookable_until as offer_bookable_until,
           coalesce(ho.held, false) as held_offer, ho.bookable_from as held_bookable_from, ho.bookable_until as held_bookable_until
    from appointment a ${notificationFactsJoins}
    left join tariff tr on tr.id = a.tariff_id
    left join patient p on p.clinic_id = a.clinic_id and p.national_id = ${o.nationalId}::text
    left join lateral (
      select true as held, bookable_from, bookable_until from offer
      where insurer_id = a.insurer_id and book_id = a.book_id and type_id = a.type_id and tariff_id = a.tariff_id
        and (a.department_id is null or department_id = a.department_id)
      limit 1) ho on true
    left join lateral (
      select tariff_id, tariff_code, bookable_from, bookable_until from offer
      where ${offerMatches({ insurerId: held, bookId: sql.ref('a.book_id'), typeId: sql.ref('a.type_id'), tariffCode: o.tariffCode ?? '' })}
      limit 1) o on ${o.tariffCode}::text is not null
    where a.id = ${o.holdId}::text and a.kind = 'hold' and a.status = 'active' and a.created_by = ${o.booker.id}::text
      and a.insurer_id = ${o.booker.insurerId}::text
  ) h on true`.execute(sqlOf(em, { prepared: true }));
  return rows[0] ?? null;
}

export interface ConfirmWriteOptions {
  holdId: string;
  booker: BookerRef;
  now: Date;
  clinicId: string;
  tariffId: string;
  appointmentId: string;
  card: CardDetails;
  caseId: string | null;
  note: string | null;
  paidByPatient: boolean;
  patientRemark: string | null;
  booked: { name: string; phone: string | null; email: string | null };
  outbox: readonly OutboxRow[];
  key: KeyRef & { requestHash: string | null };
  /** The answer without what the statement decides (the card's and the claim's ids), encoded by the caller. */
  answer: unknown;
}

export interface ConfirmWrittenRow {
  patient_id: string;
  claim_id: string | null;
  claim_created: boolean;
  /** The case id is another patient's: nothing was written. */
  case_refused: boolean;
}

/**
 * The confirmation in one statement, without a transaction of its own: the hold locked (still the booker's, active,
 * unexpired); the case id claimed for this patient at the insurer; the patient card found or created (never
 * rewritten); the case id's claim linked or created (K5); the hold turned into the booking, carrying the details its
 * booker gave (K1, K6); the notifications written to the outbox (K3, K4) and the insurer's `booking.created` webhook event; the answer stored under the idempotency
 * key, with the card's and the claim's ids as its patch. Returns no row when the hold was gone by then (confirmed by
 * a request with the same key, released, swept), and a `case_refused` row, having written nothing, when the case id
 * is another patient's. In the caller's transaction when `em` has one.
 */
export async function writeConfirmation(em: EntityManager, o: ConfirmWriteOptions): Promise<ConfirmWrittenRow | null> {
  const owner = { insurerId: o.booker.insurerId, caseId: o.caseId, nationalId: o.card.nationalId, now: o.now };
  const { rows } = await sql<ConfirmWrittenRow>`
  with h as (
    select id from appointment
    where id = ${o.holdId}::text and kind = 'hold' and status = 'active' and created_by = ${o.booker.id}::text
      and insurer_id = ${o.booker.insurerId}::text and hold_expires_at > ${o.now}::timestamptz
    for update
  ), ck as (
    ${claimCaseOwner(owner, sql`from h`)}
  ), p as (
    ${upsertPatientCard(o.card, sql`from h where ${o.caseId}::text is null or exists (select 1 from ck)`)}
  ), cl as (
    ${linkCaseClaim({ patient: 'p', insurerId: o.booker.insurerId, caseId: o.caseId, now: o.now })}
  ), bk as (
    update appointment a set kind = 'booking', hold_expires_at = null, patient_id = p.id, claim_id = (select id from cl),
      case_id = ${o.caseId}::text, note = ${o.note}::text, patient_remark = ${o.patientRemark}::text,
      tariff_id = ${o.tariffId}::text, paid_by_patient = ${o.paidByPatient}::boolean, booked_name = ${o.booked.name}::text,
      booked_phone = ${o.booked.phone}::text, booked_email = ${o.booked.email}::text
    from p where a.id = (select id from h)
    returning a.id, p.id as patient_id
  ), ob as (
    ${insertOutbox({ rows: o.outbox, event: 'booked', clinicId: o.clinicId, appointmentId: o.appointmentId, source: sql`bk`, now: o.now })}
  ), wev as (
    ${insertWebhookEvents({ source: sql`bk`, type: 'booking.created', now: o.now })}
  ), wdl as (
    ${insertWebhookDeliveries({ events: sql`wev`, type: 'booking.created', now: o.now })}
  ), ky as (
    ${storeKeyStatement({
      ...o.key,
      value: o.answer,
      patch: sql`jsonb_build_object('patientId', bk.patient_id, 'claimId', (select id from cl),
        'claimCreated', coalesce((select created from cl), false))`,
      from: sql`from bk`,
      now: o.now,
    })}
  )
  select bk.patient_id, (select id from cl) as claim_id, coalesce((select created from cl), false) as claim_created, false as case_refused from bk
  union all
  select null, null, false, true from h where ${o.caseId}::text is not null and not exists (select 1 from ck)`.execute(
    sqlOf(em, { prepared: true }),
  );
  return rows[0] ?? null;
}
