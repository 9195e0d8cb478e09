import type { EntityManager } from '@bn/db';
import { AppointmentBook, AppointmentType, Clinic } from '@bn/db';
import { addDays, effectiveRestrictions, NO_RESTRICTIONS, osloInstant, readinessWindows } from '@bn/domain';
import { loadReadinessSubjects } from '../readiness/load-readiness-subjects.js';
import { FREE_TIME_HORIZON_DAYS } from './refresh-free-time.js';
import { executeBulk, intArray, nullableTimestampArray, textArray } from './sql-arrays.js';

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

const KEY = ['book_id', 'type_id', 'tariff_id', 'insurer_id', 'department_id'] as const;
const COLUMNS = [
  ...KEY,
  'clinic_id',
  'practitioner_id',
  'practitioner_name',
  'profession',
  'clinic_name',
  'department_name',
  'street',
  'postcode',
  'city',
  'tariff_code',
  'tariff_name',
  'type_name',
  'duration_minutes',
  'min_notice_minutes',
  'days_ahead',
  'bookable_from',
  'bookable_until',
] as const;
const INT_COLUMNS = new Set<string>(['duration_minutes', 'min_notice_minutes', 'days_ahead']);
const TIME_COLUMNS = new Set<string>(['bookable_from', 'bookable_until']);
const VALUE_COLUMNS = COLUMNS.filter((c) => !(KEY as readonly string[]).includes(c));

const arrayOf = (name: string, values: unknown[]) =>
  INT_COLUMNS.has(name)
    ? intArray(values as (number | null)[])
    : TIME_COLUMNS.has(name)
      ? nullableTimestampArray(values as (Date | null)[])
      : textArray(values.map(String));
const castOf = (name: string) =>
  INT_COLUMNS.has(name) ? '?::int[]' : TIME_COLUMNS.has(name) ? '?::timestamptz[]' : '?::text[]';

/** Only rows whose content changed are written, so the search table's triggers rebuild only what changed. */
const UPSERT = `insert into offer (${COLUMNS.join(', ')}) select * from unnest(${COLUMNS.map(castOf).join(', ')})
  on conflict on constraint offer_pkey do update set ${VALUE_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}
  where (${VALUE_COLUMNS.map((c) => `offer.${c}`).join(', ')}) is distinct from (${VALUE_COLUMNS.map((c) => `excluded.${c}`).join(', ')})
  returning 1`;
const DELETE_GONE = `delete from offer o where o.clinic_id = any(?::text[])
  and not exists (select 1 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) n(${KEY.join(', ')})
                  where ${KEY.map((k) => `n.${k} = o.${k}`).join(' and ')})
  returning 1`;

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
  const rows: unknown[][] = [];
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
          rows.push([
            book.id,
            type.id,
            tariff.id,
            insurerId,
            address.departmentId,
            clinic.id,
            pair.subject.owner.id,
            pair.subject.owner.name,
            pair.subject.owner.profession,
            clinic.name,
            address.name,
            address.street,
            address.postcode,
            address.city,
            tariff.code,
            tariff.name,
            type.name,
            type.durationMinutes,
            Math.round((limits.minNoticeHours ?? 0) * 60),
            limits.daysAhead,
            midnight(window.from),
            midnight(window.until),
          ]);
        }
      }
    }
  }
  // In the caller's transaction, parameters sent apart from the SQL (see sql-arrays.ts); one array per column.
  const column = (c: number, list: unknown[][] = rows) => list.map((row) => row[c]);
  const gone = await executeBulk(em, DELETE_GONE, [
    textArray(clinicIds),
    ...KEY.map((_, c) => textArray(column(c).map(String))),
  ]);
  let changed = gone.length;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    changed += (
      await executeBulk(
        em,
        UPSERT,
        COLUMNS.map((name, c) => arrayOf(name, column(c, chunk))),
      )
    ).length;
  }
  return { offers: rows.length, changed };
}
