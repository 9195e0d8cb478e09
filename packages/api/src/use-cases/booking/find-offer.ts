import { AppointmentBook, findOfferRow, type EntityManager } from '@bn/db';
import { insurerAgreement } from '../search/insurer-agreement.js';
import { AppError, bookingHorizon, osloDate } from '@bn/domain';

export interface OfferFacts {
  clinicId: string;
  tariffId: string;
  tariffCode: string;
}

/** What an offer says about when it may be booked: T3's limits and the validity of the readiness answer. */
export interface OfferWindow {
  min_notice_minutes: number;
  days_ahead: number | null;
  bookable_from: Date | null;
  bookable_until: Date | null;
}

/**
 * The readiness result says the insurer may book book × type with this tariff (the materialised offer), and the
 * start may be booked now (`assertBookableAt`). NOT_BOOKABLE (reason not_offered), TOO_SOON or OUTSIDE_HORIZON otherwise.
 */
export async function findOffer(
  em: EntityManager,
  q: {
    insurerId: string;
    bookId: string;
    typeId: string;
    tariffCode: string;
    startAt: Date;
    now: Date;
    checkHorizon?: boolean;
  },
): Promise<OfferFacts> {
  const offer = await findOfferRow(em, {
    insurerId: q.insurerId,
    bookId: q.bookId,
    typeId: q.typeId,
    tariffCode: q.tariffCode,
  });
  if (!offer) throw notOffered();
  if (q.checkHorizon !== false) assertBookableAt(offer, q.startAt, q.now);
  return { clinicId: offer.clinic_id, tariffId: offer.tariff_id, tariffCode: offer.tariff_code };
}

export function notOffered(): AppError {
  return new AppError('NOT_BOOKABLE', { reason: 'not_offered' });
}

/**
 * Why a book is not offered to the insurer, in what concerns the insurer alone: its clinic (or practitioner) has no
 * valid agreement with it (no_agreement), or the book × type × tariff is not among its offers (not_offered). Nothing
 * of the clinic's set-up for other insurers.
 */
export async function whyNotOffered(
  em: EntityManager,
  q: { insurerId: string; bookId: string; now: Date },
): Promise<AppError> {
  const book = await em.findOne(AppointmentBook, { id: q.bookId });
  if (!book) return notOffered();
  const agreement = await insurerAgreement(em, {
    insurerId: q.insurerId,
    clinicId: book.clinic.id,
    practitionerId: book.ownerPractitioner?.id ?? null,
    today: osloDate(q.now),
  });
  return agreement.valid ? notOffered() : new AppError('NOT_BOOKABLE', { reason: 'no_agreement' });
}

/**
 * Whether a start may be booked now under an offer, with the real reason when not — the same bounds the search reads
 * with (slot-queries.ts): the offer's validity (an agreement that has not begun, or a day its agreement no longer
 * covers: NOT_BOOKABLE), the past and the minimum notice (TOO_SOON) and the days ahead (OUTSIDE_HORIZON).
 */
export function assertBookableAt(offer: OfferWindow, startAt: Date, now: Date): void {
  assertWithinValidity(offer, startAt, now);
  if (startAt < now) throw new AppError('TOO_SOON', { reason: 'past', earliest: now });
  const horizon = bookingHorizon({
    now,
    restrictions: { minNoticeHours: Number(offer.min_notice_minutes) / 60, daysAhead: offer.days_ahead },
  });
  if (startAt < horizon.earliestStart) {
    throw new AppError('TOO_SOON', { reason: 'min_notice', earliest: horizon.earliestStart });
  }
  if (horizon.startsBefore && startAt >= horizon.startsBefore) {
    throw new AppError('OUTSIDE_HORIZON', {
      reason: 'days_ahead',
      lastDate: horizon.lastDate,
      daysAhead: Number(offer.days_ahead),
    });
  }
}

/**
 * The offer's validity alone (an agreement not begun yet, or a day it no longer covers): what a confirmation checks
 * again, since the hold already passed the clock's limits when it was made.
 */
export function assertWithinValidity(
  offer: Pick<OfferWindow, 'bookable_from' | 'bookable_until'>,
  startAt: Date,
  now: Date,
): void {
  const from = offer.bookable_from;
  const until = offer.bookable_until;
  if (from && now < from) {
    throw new AppError('NOT_BOOKABLE', { reason: 'not_yet_valid', from, fromDate: osloDate(from) });
  }
  if (until && startAt >= until) {
    const lastDate = osloDate(new Date(until.getTime() - 1));
    throw new AppError('NOT_BOOKABLE', { reason: 'validity_ended', until, lastDate });
  }
}
