import type { EntityManager } from '@bn/db';
import { AppointmentBook, AppointmentType, Clinic } from '@bn/db';
import { effectiveRestrictions, evaluateReadiness, NO_RESTRICTIONS } from '@bn/domain';
import { loadReadinessSubjects } from '../readiness/load-readiness-subjects.js';
import { executeBulk, intArray, textArray } from './sql-arrays.js';

export interface RefreshOffersOptions {
  em: EntityManager;
  clinicIds: readonly string[];
  /** Today in Oslo, YYYY-MM-DD. */
  today: string;
}

const COLUMNS = [
  'book_id', 'type_id', 'tariff_id', 'insurer_id', 'department_id', 'clinic_id', 'practitioner_id', 'practitioner_name',
  'profession', 'clinic_name', 'department_name', 'street', 'postcode', 'city', 'tariff_code', 'tariff_name', 'type_name',
  'duration_minutes', 'min_notice_minutes', 'days_ahead',
] as const;
const INT_COLUMNS = new Set<string>(['duration_minutes', 'min_notice_minutes', 'days_ahead']);

/**
 * Rewrites the materialised offers of the given clinics from the readiness check — the same `evaluateReadiness`
 * the admin screens show, never a copy. Run inside the transaction that changed the configuration.
 */
export async function refreshOffers({ em, clinicIds, today }: RefreshOffersOptions): Promise<number> {
  if (clinicIds.length === 0) return 0;
  const pairs = await loadReadinessSubjects({ em, clinicIds, today });
  // One after another: inside a transaction every query shares one connection.
  const clinics = await em.find(Clinic, { id: { $in: [...clinicIds] } });
  const books = await em.find(AppointmentBook, { clinic: { $in: [...clinicIds] } });
  const types = await em.find(AppointmentType, { clinic: { $in: [...clinicIds] } });
  const clinicOf = new Map(clinics.map((c) => [c.id, c]));
  const bookOf = new Map(books.map((b) => [b.id, b]));
  const typeOf = new Map(types.map((t) => [t.id, t]));
  const rows: unknown[][] = [];
  for (const pair of pairs) {
    const result = evaluateReadiness(pair.subject);
    if (!result.bookable || !pair.subject.owner) continue;
    const clinic = clinicOf.get(pair.clinicId)!;
    const book = bookOf.get(pair.book.id)!;
    const type = typeOf.get(pair.type.id)!;
    const limits = effectiveRestrictions({
      clinic: { maxSelfBooked: clinic.maxSelfBooked ?? null },
      book: book.restrictions ?? NO_RESTRICTIONS,
      type: { ownLimitsEnabled: type.ownLimitsEnabled, ownLimits: type.ownLimits ?? NO_RESTRICTIONS },
    });
    for (const insurer of result.insurers.filter((i) => i.bookable)) {
      for (const tariff of result.insuranceTariffs) {
        for (const address of result.addresses) {
          rows.push([
            book.id, type.id, tariff.id, insurer.insurerId, address.departmentId, clinic.id, pair.subject.owner.id,
            pair.subject.owner.name, pair.subject.owner.profession, clinic.name, address.name, address.street,
            address.postcode, address.city, tariff.code, tariff.name, type.name, type.durationMinutes,
            Math.round((limits.minNoticeHours ?? 0) * 60), limits.daysAhead,
          ]);
        }
      }
    }
  }
  // In the caller's transaction, parameters sent apart from the SQL (see sql-arrays.ts); one array per column.
  await executeBulk(em, 'delete from offer where clinic_id = any(?::text[])', [textArray(clinicIds)]);
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    const arrays = COLUMNS.map((name, c) =>
      INT_COLUMNS.has(name) ? intArray(chunk.map((row) => row[c] as number | null)) : textArray(chunk.map((row) => String(row[c]))),
    );
    const unnest = COLUMNS.map((name) => (INT_COLUMNS.has(name) ? '?::int[]' : '?::text[]')).join(', ');
    await executeBulk(em, `insert into offer (${COLUMNS.join(', ')}) select * from unnest(${unnest})`, arrays);
  }
  return rows.length;
}
