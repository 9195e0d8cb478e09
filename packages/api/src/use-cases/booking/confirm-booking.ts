import superjson from 'superjson';
import type { EntityManager } from '@bn/db';
import { AppError, bookingContact, normaliseCaseId, parseNationalId, type ConfirmBookingInput } from '@bn/domain';
import { replay, requestHash, storeKeySql } from './idempotent.js';
import { assertMayBookOnline } from './assert-may-book-online.js';
import { assertWithinValidity, notOffered } from './find-offer.js';
import { restrictionsFromRow, type RestrictionsRow } from './load-restrictions.js';
import { sql, toInstant } from './sql-values.js';
import { isIdempotencyKeyTaken } from './sql-errors.js';
import { findOrCreatePatient, upsertPatientSql } from '../patients/find-or-create-patient.js';
import { linkCaseClaimSql } from '../claims/link-case-claim.js';
import { assertCaseOwner, caseIdOtherPatient, claimCaseOwnerSql } from '../claims/claim-case-owner.js';
import {
  bookingOutboxRows,
  insertOutboxSql,
  NOTIFICATION_FACTS_COLUMNS,
  NOTIFICATION_FACTS_JOINS,
  type NotificationFactsRow,
} from '../notifications/enqueue-booking-notifications.js';
import { preparedQuery } from '../search/prepared-query.js';

export interface ConfirmBookingOptions {
  em: EntityManager;
  agent: { userId: string; insurerId: string };
  input: Omit<ConfirmBookingInput, 'idempotencyKey'>;
  idempotencyKey?: string | null;
  now: Date;
}

export interface BookingResult {
  appointmentId: string;
  bookId: string;
  startAt: Date;
  endAt: Date;
  tariffCode: string;
  patientId: string;
  caseId: string | null;
  claimId: string | null;
  claimCreated: boolean;
  paidByPatient: boolean;
  note: string | null;
}

interface ReadRow extends RestrictionsRow, NotificationFactsRow {
  request_hash: string | null;
  response: unknown;
  /** The agent's active hold; null: none. */
  id: string | null;
  book_id: string;
  end_at: Date | string;
  hold_expires_at: Date | string | null;
  tariff_id: string | null;
  tariff_code: string | null;
  /** The clinic's card for this national id, if there is one. */
  card_email: string | null;
  card_phone: string | null;
  /** The offer for another tariff the confirmation asks for. */
  offer_tariff_id: string | null;
  offer_tariff_code: string | null;
  offer_bookable_from: Date | string | null;
  offer_bookable_until: Date | string | null;
  /** The offer the hold rests on, still there (readiness), and when it holds. */
  held_offer: boolean;
  held_bookable_from: Date | string | null;
  held_bookable_until: Date | string | null;
}

interface Key {
  scope: string;
  key: string | null;
}

/**
 * Everything a confirmation decides on, in one read and one snapshot: the key's stored answer; the agent's hold with
 * its T3 restrictions and what the notifications say (clinic, practitioner, address, the type's notice and dialog);
 * the patient card's contact details; and the offer for another tariff, when one is asked for.
 */
const readSql = (
  input: ConfirmBookingOptions['input'],
  agent: ConfirmBookingOptions['agent'],
  nationalId: string,
  k: Key,
) => sql`
  select k.request_hash, k.response, h.*
  from (select 1) one
  left join idempotency_key k on k.scope = ${k.scope}::text and k.key = ${k.key}::text
  left join lateral (
    select a.id, a.book_id, a.end_at, a.hold_expires_at, a.tariff_id, tr.code as tariff_code,
           c.max_self_booked, b.restrictions, t.own_limits_enabled, t.own_limits, ${NOTIFICATION_FACTS_COLUMNS},
           p.email as card_email, p.phone as card_phone, o.tariff_id as offer_tariff_id, o.tariff_code as offer_tariff_code,
           o.bookable_from as offer_bookable_from, o.bookable_until as offer_bookable_until,
           coalesce(ho.held, false) as held_offer, ho.bookable_from as held_bookable_from, ho.bookable_until as held_bookable_until
    from appointment a ${NOTIFICATION_FACTS_JOINS}
    left join tariff tr on tr.id = a.tariff_id
    left join patient p on p.clinic_id = a.clinic_id and p.national_id = ${nationalId}::text
    left join lateral (
      select true as held, bookable_from, bookable_until from offer
      where insurer_id = a.insurer_id and book_id = a.book_id and type_id = a.type_id and tariff_id = a.tariff_id
        and (a.department_id is null or department_id = a.department_id)
      limit 1) ho on true
    left join lateral (
      select tariff_id, tariff_code, bookable_from, bookable_until from offer
      where insurer_id = a.insurer_id and book_id = a.book_id and type_id = a.type_id and upper(tariff_code) = ${input.tariffCode?.toUpperCase() ?? null}::text
      limit 1) o on true
    where a.id = ${input.holdId}::text and a.kind = 'hold' and a.status = 'active' and a.created_by = ${agent.userId}::text
      and a.insurer_id = ${agent.insurerId}::text
  ) h on true`;

interface Plan {
  clinicId: string;
  tariffId: string;
  /** The answer without what the statement decides (the card's and the claim's ids). */
  result: BookingResult;
  facts: NotificationFactsRow;
  /** The national id, as the case id's owner is recorded. */
  nationalId: string;
  /** The card's contact details: the notifications' only when the booking gives none (`bookingContact`). */
  cardEmail: string | null;
  cardPhone: string | null;
}

/**
 * The confirmation in one statement, without a transaction of its own: the hold locked (still the agent's, active,
 * unexpired); the case id claimed for this patient at the insurer; the patient card found or created (never
 * rewritten); the case id's claim linked or created (K5); the hold turned into the booking, carrying the details its
 * booker gave (K1, K6); the notifications written to the outbox (K3, K4); the answer stored under the idempotency
 * key. Returns no row when the hold was gone by then (confirmed by a request with the same key, released, swept), and
 * a `case_refused` row, having written nothing, when the case id is another patient's.
 */
function writeSql(o: ConfirmBookingOptions, plan: Plan, k: Key) {
  const { input, agent, now } = o;
  const r = plan.result;
  const contact = bookingContact(input.patient, { email: plan.cardEmail, phone: plan.cardPhone });
  const rows = bookingOutboxRows({
    appointmentId: r.appointmentId,
    event: 'booked',
    eventKey: 'booked',
    facts: plan.facts,
    ...contact,
  });
  const skeleton = JSON.stringify(superjson.serialize(r));
  return sql`
  with h as (
    select id from appointment
    where id = ${input.holdId}::text and kind = 'hold' and status = 'active' and created_by = ${agent.userId}::text
      and insurer_id = ${agent.insurerId}::text and hold_expires_at > ${now}::timestamptz
    for update
  ), ck as (
    ${claimCaseOwnerSql({ insurerId: agent.insurerId, caseId: r.caseId, nationalId: plan.nationalId, now }, sql`from h`)}
  ), p as (
    ${upsertPatientSql({ clinicId: plan.clinicId, details: input.patient, now }, sql`from h where ${r.caseId}::text is null or exists (select 1 from ck)`)}
  ), cl as (
    ${linkCaseClaimSql({ patient: sql`p`, insurerId: agent.insurerId, caseId: r.caseId, now })}
  ), bk as (
    update appointment a set kind = 'booking', hold_expires_at = null, patient_id = p.id, claim_id = (select id from cl),
      case_id = ${r.caseId}::text, note = ${r.note}::text, patient_remark = ${input.patientRemark ?? null}::text,
      tariff_id = ${plan.tariffId}::text, paid_by_patient = ${r.paidByPatient}::boolean, booked_name = ${input.patient.name}::text,
      booked_phone = ${input.patient.phone ?? null}::text, booked_email = ${input.patient.email ?? null}::text
    from p where a.id = (select id from h)
    returning a.id, p.id as patient_id
  ), ob as (
    ${insertOutboxSql({ rows, event: 'booked', clinicId: plan.clinicId, appointmentId: r.appointmentId, source: sql`bk`, now })}
  ), ky as (
    ${storeKeySql({
      ...k,
      request: input,
      response: sql`jsonb_set(${skeleton}::jsonb, '{json}', (${skeleton}::jsonb -> 'json') || jsonb_build_object(
        'patientId', bk.patient_id, 'claimId', (select id from cl), 'claimCreated', coalesce((select created from cl), false)))`,
      from: sql`from bk`,
      now,
    })}
  )
  select bk.patient_id, (select id from cl) as claim_id, coalesce((select created from cl), false) as claim_created, false as case_refused from bk
  union all
  select null, null, false, true from h where ${r.caseId}::text is not null and not exists (select 1 from ck)`;
}

interface WrittenRow {
  patient_id: string;
  claim_id: string | null;
  claim_created: boolean;
  /** The case id is another patient's: nothing was written. */
  case_refused: boolean;
}

/** Thrown inside the capped path's transaction to roll it back when the hold was gone by the write. */
class HoldGone extends Error {}

/**
 * Turns the agent's hold into a booking (K1): the patient card is found (never rewritten: the booking keeps the
 * details its booker gave) or created, a case id goes into the note and links (or creates, K5) the claim — refused
 * with CASE_ID_OTHER_PATIENT, the hold left as it was, when the insurer's case id is another patient's — no case id
 * means the patient pays (K6), and the notifications (K3, K4) are written to the outbox, addressed to the booking's
 * details — all in one statement after one read (`readSql`, `writeSql`). With a cap on self-booked appointments
 * (T3) the card is locked and counted first, in a transaction around the same statement, so that two confirmations
 * for one patient cannot both pass the cap.
 */
export async function confirmBooking(o: ConfirmBookingOptions): Promise<BookingResult> {
  const { em, agent, input, idempotencyKey, now } = o;
  const k: Key = { scope: `${agent.userId}/booking.confirm`, key: idempotencyKey ?? null };
  const parsed = parseNationalId(input.patient.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', { reason: parsed.problem });
  for (let attempt = 0; attempt < 3; attempt++) {
    const read = readSql(input, agent, parsed.value, k);
    const [row] = await preparedQuery<ReadRow>(em, read.text, read.values);
    if (row?.request_hash)
      return replay<BookingResult>({ request_hash: row.request_hash, response: row.response }, requestHash(input));
    if (!row?.id) throw new AppError('HOLD_NOT_FOUND');
    if (!row.hold_expires_at || toInstant(row.hold_expires_at) <= now) throw new AppError('HOLD_EXPIRED');
    // The tariff may change to another the insurer is offered for this book × type; the hold already passed the
    // readiness check and the horizon with the tariff it holds.
    const sameTariff = !input.tariffCode || input.tariffCode.toUpperCase() === row.tariff_code?.toUpperCase();
    const tariff =
      sameTariff && row.tariff_id && row.tariff_code
        ? { id: row.tariff_id, code: row.tariff_code }
        : row.offer_tariff_id && row.offer_tariff_code
          ? { id: row.offer_tariff_id, code: row.offer_tariff_code }
          : null;
    if (!tariff) throw notOffered();
    // The readiness answer must still hold at the moment of booking: an agreement that ended while the form was
    // being filled in (at midnight) ends the hold's chance too.
    const validity =
      tariff.id === row.tariff_id
        ? {
            exists: row.held_offer === true,
            bookable_from: row.held_bookable_from,
            bookable_until: row.held_bookable_until,
          }
        : { exists: true, bookable_from: row.offer_bookable_from, bookable_until: row.offer_bookable_until };
    if (!validity.exists) throw notOffered();
    assertWithinValidity(validity, toInstant(row.start_at), now);
    const caseId = input.caseId ? normaliseCaseId(input.caseId) : null;
    const result: BookingResult = {
      appointmentId: row.id,
      bookId: row.book_id,
      startAt: toInstant(row.start_at),
      endAt: toInstant(row.end_at),
      tariffCode: tariff.code,
      patientId: '',
      caseId,
      claimId: null,
      claimCreated: false,
      paidByPatient: !caseId,
      note: caseId ? `SakID: ${caseId}` : null,
    };
    const plan: Plan = {
      clinicId: row.clinic_id,
      tariffId: tariff.id,
      result,
      facts: row,
      nationalId: parsed.value,
      cardEmail: row.card_email,
      cardPhone: row.card_phone,
    };
    const write = writeSql(o, plan, k);
    const restrictions = restrictionsFromRow(row);
    let written: WrittenRow | undefined;
    try {
      if (restrictions.maxSelfBooked === null) {
        [written] = await preparedQuery<WrittenRow>(em, write.text, write.values);
      } else {
        written = await em.transactional(async (tx) => {
          // The case id before the card, in the order the single statement takes them, so the two paths never wait
          // for each other's locks the other way round; a refusal rolls back the card made here.
          await assertCaseOwner(tx, { insurerId: agent.insurerId, caseId, nationalId: parsed.value, now });
          const patientId = await findOrCreatePatient(tx, { clinicId: row.clinic_id, details: input.patient, now });
          await assertMayBookOnline(tx, { restrictions, patientId, now });
          const [done] = await preparedQuery<WrittenRow>(tx, write.text, write.values);
          if (!done) throw new HoldGone();
          if (done.case_refused) throw caseIdOtherPatient();
          return done;
        });
      }
    } catch (e) {
      // The same key committed first (with another hold), or the hold went: the next read answers.
      if (!(e instanceof HoldGone) && !isIdempotencyKeyTaken(e)) throw e;
    }
    if (written?.case_refused) throw caseIdOtherPatient();
    if (written)
      return {
        ...result,
        patientId: written.patient_id,
        claimId: written.claim_id,
        claimCreated: written.claim_created === true,
      };
  }
  throw new AppError('HOLD_NOT_FOUND');
}
