import {
  readConfirmation,
  writeConfirmation,
  type ConfirmWrittenRow,
  type EntityManager,
  type NotificationFactsRow,
} from '@bn/db';
import {
  AppError,
  bookerRef,
  bookingContact,
  idempotencyScope,
  normaliseCaseId,
  parseNationalId,
  type Booker,
  type ConfirmBookingInput,
} from '@bn/domain';
import { encodeAnswer, replay, requestHash } from './idempotent.js';
import { assertMayBookOnline } from './assert-may-book-online.js';
import { assertWithinValidity, notOffered } from './find-offer.js';
import { restrictionsFromRow } from './load-restrictions.js';
import { isIdempotencyKeyTaken } from './sql-errors.js';
import { cardDetails, findOrCreatePatient } from '../patients/find-or-create-patient.js';
import { assertCaseOwner, caseIdOtherPatient } from '../claims/claim-case-owner.js';
import { bookingOutboxRows } from '../notifications/enqueue-booking-notifications.js';

export interface ConfirmBookingOptions {
  em: EntityManager;
  /** The booker that holds: an agent, or an insurer app acting for a patient. */
  booker: Booker;
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

interface Key {
  scope: string;
  key: string | null;
}

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

/** The confirmation's single statement (@bn/db's `writeConfirmation`) for this plan. */
function writeOptions(o: ConfirmBookingOptions, plan: Plan, k: Key) {
  const { input, booker, now } = o;
  const r = plan.result;
  const contact = bookingContact(input.patient, { email: plan.cardEmail, phone: plan.cardPhone });
  return {
    holdId: input.holdId,
    booker: bookerRef(booker),
    now,
    clinicId: plan.clinicId,
    tariffId: plan.tariffId,
    appointmentId: r.appointmentId,
    card: cardDetails({ clinicId: plan.clinicId, details: input.patient, now }),
    caseId: r.caseId,
    note: r.note,
    paidByPatient: r.paidByPatient,
    patientRemark: input.patientRemark ?? null,
    booked: { name: input.patient.name, phone: input.patient.phone ?? null, email: input.patient.email ?? null },
    outbox: bookingOutboxRows({
      appointmentId: r.appointmentId,
      event: 'booked',
      eventKey: 'booked',
      sequence: 0,
      facts: plan.facts,
      ...contact,
    }),
    key: { ...k, requestHash: k.key ? requestHash(input) : null },
    answer: encodeAnswer(r),
  };
}

type WrittenRow = ConfirmWrittenRow;

/** Thrown inside the capped path's transaction to roll it back when the hold was gone by the write. */
class HoldGone extends Error {}

/**
 * Turns the booker's hold into a booking (K1): the patient card is found (never rewritten: the booking keeps the
 * details its booker gave) or created, a case id goes into the note and links (or creates, K5) the claim — refused
 * with CASE_ID_OTHER_PATIENT, the hold left as it was, when the insurer's case id is another patient's — no case id
 * means the patient pays (K6), and the notifications (K3, K4) are written to the outbox, addressed to the booking's
 * details — all in one statement after one read (@bn/db's `readConfirmation`, `writeConfirmation`). With a cap on self-booked appointments
 * (T3) the card is locked and counted first, in a transaction around the same statement, so that two confirmations
 * for one patient cannot both pass the cap.
 */
export async function confirmBooking(o: ConfirmBookingOptions): Promise<BookingResult> {
  const { em, booker, input, idempotencyKey, now } = o;
  const k: Key = { scope: idempotencyScope(booker, 'booking.confirm'), key: idempotencyKey ?? null };
  const parsed = parseNationalId(input.patient.nationalId);
  if (!parsed.valid) throw new AppError('INVALID_NATIONAL_ID', { reason: parsed.problem });
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await readConfirmation(em, {
      holdId: input.holdId,
      booker: bookerRef(booker),
      nationalId: parsed.value,
      tariffCode: input.tariffCode ?? null,
      key: k,
    });
    if (row?.request_hash)
      return replay<BookingResult>({ request_hash: row.request_hash, response: row.response }, requestHash(input));
    if (!row?.id) throw new AppError('HOLD_NOT_FOUND');
    if (!row.hold_expires_at || row.hold_expires_at <= now) throw new AppError('HOLD_EXPIRED');
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
    assertWithinValidity(validity, row.start_at, now);
    const caseId = input.caseId ? normaliseCaseId(input.caseId) : null;
    const result: BookingResult = {
      appointmentId: row.id,
      bookId: row.book_id,
      startAt: row.start_at,
      endAt: row.end_at,
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
    const write = writeOptions(o, plan, k);
    const restrictions = restrictionsFromRow(row);
    let written: WrittenRow | undefined;
    try {
      if (restrictions.maxSelfBooked === null) {
        written = (await writeConfirmation(em, write)) ?? undefined;
      } else {
        written = await em.transactional(async (tx) => {
          // The case id before the card, in the order the single statement takes them, so the two paths never wait
          // for each other's locks the other way round; a refusal rolls back the card made here.
          await assertCaseOwner(tx, { insurerId: booker.insurerId, caseId, nationalId: parsed.value, now });
          const patientId = await findOrCreatePatient(tx, { clinicId: row.clinic_id, details: input.patient, now });
          await assertMayBookOnline(tx, { restrictions, patientId, now });
          const done = await writeConfirmation(tx, write);
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
