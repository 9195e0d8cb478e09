import { replaceClinicOffers, type EntityManager, type OfferRow } from '@bn/db';
import { AppointmentBook, AppointmentType, Clinic } from '@bn/db';
import { addDays, effectiveRestrictions, NO_RESTRICTIONS, osloInstant, readinessWindows } from '@bn/domain';
import { loadReadinessSubjects } from '../readiness/load-readiness-subjects.js';
import { FREE_TIME_HORIZON_DAYS } from './refresh-free-time.js';

export interface RefreshOffersOptions {
  em: EntityManager;
  clinicIds: readonly string[];
  /** Today in Oslo, YYYY-MM-DD. */
  today: string;
}

export interface RefreshOffersResult {
  /** Offers the clinics have now. */
  offers: number;
  /** Rows inserted, changed or removed: what the search table's triggers had to follow. */
  changed: number;
}

/**
 * Rewrites the materialised offers of the given clinics from the readiness check — the same `evaluateReadiness`
 * the admin screens show, never a copy — with the validity of each insurer's answer over the free-time horizon
 * (`readinessWindows`): an agreement that ends or starts on a day inside it is bounded to the minute without anyone
 * touching the configuration again. Run inside the transaction that changed the configuration, or by the nightly job.
 * Rows that did not change are left alone.
 */
export async function refreshOffers({ em, clinicIds, today }: RefreshOffersOptions): Promise<RefreshOffersResult> {
  if (clinicIds.length === 0) return { offers: 0, changed: 0 };
  const through = addDays(today, FREE_TIME_HORIZON_DAYS);
  const pairs = await loadReadinessSubjects({ em, clinicIds, today });
  // One after another: inside a transaction every query shares one connection.
  const clinics = await em.find(Clinic, { id: { $in: [...clinicIds] } });
  const books = await em.find(AppointmentBook, { clinic: { $in: [...clinicIds] } });
  const types = await em.find(AppointmentType, { clinic: { $in: [...clinicIds] } });
  const clinicOf = new Map(clinics.map((c) => [c.id, c]));
  const bookOf = new Map(books.map((b) => [b.id, b]));
  const typeOf = new Map(types.map((t) => [t.id, t]));
  const midnight = (day: string | null) => (day === null ? null : osloInstant(day, '00:00'));
  const rows: OfferRow[] = [];
  for (const pair of pairs) {
    if (!pair.subject.owner) continue;
    const { today: result, insurers } = readinessWindows(pair.subject, through);
    if (insurers.size === 0) continue;
    const clinic = clinicOf.get(pair.clinicId)!;
    const book = bookOf.get(pair.book.id)!;
    const type = typeOf.get(pair.type.id)!;
    const limits = effectiveRestrictions({
      clinic: { maxSelfBooked: clinic.maxSelfBooked ?? null },
      book: book.restrictions ?? NO_RESTRICTIONS,
      type: { ownLimitsEnabled: type.ownLimitsEnabled, ownLimits: type.ownLimits ?? NO_RESTRICTIONS },
    });
    // Tariffs and addresses (T2, T5, D2) do not depend on the day; which insurers may book, and when, does.
    for (const [insurerId, window] of insurers) {
      for (const tariff of result.insuranceTariffs) {
        for (const address of result.addresses) {
          rows.push({
            book_id: book.id,
            type_id: type.id,
            tariff_id: tariff.id,
            insurer_id: insurerId,
            department_id: address.departmentId,
            clinic_id: clinic.id,
            practitioner_id: pair.subject.owner.id,
            practitioner_name: pair.subject.owner.name,
            profession: pair.subject.owner.profession,
            clinic_name: clinic.name,
            department_name: address.name,
            street: address.street,
            postcode: address.postcode,
            city: address.city,
            tariff_code: tariff.code,
            tariff_name: tariff.name,
            type_name: type.name,
            duration_minutes: type.durationMinutes,
            min_notice_minutes: Math.round((limits.minNoticeHours ?? 0) * 60),
            days_ahead: limits.daysAhead,
            bookable_from: midnight(window.from),
            bookable_until: midnight(window.until),
          });
        }
      }
    }
  }
  // In the caller's transaction; the search table's triggers follow (@bn/db's replaceClinicOffers).
  const changed = await replaceClinicOffers(em, clinicIds, rows);
  return { offers: rows.length, changed };
}
