import type { EntityManager } from '@bn/db';
import { AppError, bookingHorizon, formatDateTime } from '@bn/domain';

export interface OfferFacts {
  clinicId: string;
  tariffId: string;
  tariffCode: string;
}

interface Row {
  clinic_id: string;
  tariff_id: string;
  tariff_code: string;
  min_notice_minutes: number;
  days_ahead: number | null;
}

/**
 * The readiness result says the insurer may book book × type with this tariff (the materialised offer), and the
 * start lies inside the booking horizon (T3: minimum notice, days ahead), which moves with the clock.
 * NOT_BOOKABLE otherwise, with the reason.
 */
export async function findOffer(
  em: EntityManager,
  q: { insurerId: string; bookId: string; typeId: string; tariffCode: string; startAt: Date; now: Date; checkHorizon?: boolean },
): Promise<OfferFacts> {
  const [offer] = await em.execute<Row[]>(
    `select clinic_id, tariff_id, tariff_code, min_notice_minutes, days_ahead from offer
     where insurer_id = ? and book_id = ? and type_id = ? and upper(tariff_code) = ? limit 1`,
    [q.insurerId, q.bookId, q.typeId, q.tariffCode.toUpperCase()],
  );
  if (!offer) throw new AppError('NOT_BOOKABLE');
  if (q.checkHorizon !== false) assertInHorizon(offer, q.startAt, q.now);
  return { clinicId: offer.clinic_id, tariffId: offer.tariff_id, tariffCode: offer.tariff_code };
}

/** T3 at booking time: minimum notice and days ahead of the offer, against the clock. NOT_BOOKABLE with the reason. */
export function assertInHorizon(offer: { min_notice_minutes: number; days_ahead: number | null }, startAt: Date, now: Date): void {
  const horizon = bookingHorizon({ now, restrictions: { minNoticeHours: Number(offer.min_notice_minutes) / 60, daysAhead: offer.days_ahead } });
  if (startAt < horizon.earliestStart) {
    throw new AppError('NOT_BOOKABLE', `Timen må bestilles senest ${formatDateTime(horizon.earliestStart)} (minste varsel).`, { reason: 'min_notice' });
  }
  if (horizon.startsBefore && startAt >= horizon.startsBefore) {
    throw new AppError('NOT_BOOKABLE', 'Timen ligger for langt fram i tid til å bestilles på nett.', { reason: 'days_ahead' });
  }
}
