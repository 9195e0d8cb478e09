import type { EntityManager } from '@bn/db';
import { addDays, osloInstant } from '@bn/domain';
import type { SearchNetworkInput } from './search-input.js';

export interface SearchNetworkOptions {
  em: EntityManager;
  insurerId: string;
  input: SearchNetworkInput;
  now: Date;
}

export interface SlotHit {
  startAt: Date;
  endAt: Date;
  bookId: string;
  typeId: string;
  departmentId: string;
  practitionerId: string;
  practitionerName: string;
  profession: string;
  clinicId: string;
  clinicName: string;
  departmentName: string;
  street: string;
  postcode: string;
  city: string;
  tariffCode: string;
  tariffName: string;
  typeName: string;
  durationMinutes: number;
}

const COLUMNS = `f.start_at as "startAt", f.end_at as "endAt", o.book_id as "bookId", o.type_id as "typeId",
  o.department_id as "departmentId", o.practitioner_id as "practitionerId", o.practitioner_name as "practitionerName",
  o.profession, o.clinic_id as "clinicId", o.clinic_name as "clinicName", o.department_name as "departmentName",
  o.street, o.postcode, o.city, o.tariff_code as "tariffCode", o.tariff_name as "tariffName", o.type_name as "typeName",
  o.duration_minutes as "durationMinutes"`;

/**
 * The earliest free times the agent's insurer may book, over the materialised offers (readiness) and free time.
 * Minimum notice and days ahead (T3) are applied here because they move with the clock.
 */
export async function searchNetwork({ em, insurerId, input, now }: SearchNetworkOptions): Promise<{ hits: SlotHit[]; nextCursor: SearchNetworkInput['cursor'] | null }> {
  const clauses = baseClauses(insurerId, input.from, input.to, now);
  if (input.tariffCode) clauses.push(['upper(o.tariff_code) = ?', input.tariffCode.toUpperCase()]);
  if (input.profession) clauses.push(['o.profession = ?', input.profession]);
  if (input.place && /^\d{4}$/.test(input.place)) clauses.push(['o.postcode = ?', input.place]);
  else if (input.place) clauses.push(['lower(o.city) = ?', input.place.toLowerCase()]);
  if (input.practitionerName) {
    clauses.push(["lower(o.practitioner_name) like ? escape '\\'", `%${input.practitionerName.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`]);
  }
  if (input.cursor) {
    const c = input.cursor;
    clauses.push(['(f.start_at, o.book_id, o.type_id, o.department_id) > (?, ?, ?, ?)', c.startAt, c.bookId, c.typeId, c.departmentId]);
  }
  const rows = await runSlotQuery(em, clauses, input.limit + 1);
  const hits = rows.slice(0, input.limit);
  const last = hits[hits.length - 1];
  return {
    hits,
    nextCursor: rows.length > input.limit && last ? { startAt: last.startAt, bookId: last.bookId, typeId: last.typeId, departmentId: last.departmentId } : null,
  };
}

/** A WHERE clause with its bound values, in the order the clauses appear in the SQL. */
export type Clause = [string, ...unknown[]];

/** The insurer's offers, free times in the Oslo date range, minus minimum notice and beyond days ahead (T3). */
export function baseClauses(insurerId: string, from: string, to: string, now: Date): Clause[] {
  return [
    ['o.insurer_id = ?', insurerId],
    ['f.start_at >= ? and f.start_at < ?', osloInstant(from, '00:00'), osloInstant(addDays(to, 1), '00:00')],
    ['f.start_at >= ?::timestamptz + make_interval(mins => o.min_notice_minutes)', now],
    [
      "(o.days_ahead is null or f.start_at < (date_trunc('day', ?::timestamptz at time zone 'Europe/Oslo') + make_interval(days => o.days_ahead + 1)) at time zone 'Europe/Oslo')",
      now,
    ],
  ];
}

/** One slot per book × type × department and start, earliest first. */
export async function runSlotQuery(em: EntityManager, clauses: Clause[], limit: number): Promise<SlotHit[]> {
  const sql = `
    select distinct on (f.start_at, o.book_id, o.type_id, o.department_id) ${COLUMNS}
    from offer o
    join free_slot f on f.book_id = o.book_id and f.type_id = o.type_id
    where ${clauses.map(([c]) => c).join('\n      and ')}
    order by f.start_at, o.book_id, o.type_id, o.department_id, o.tariff_code
    limit ?`;
  const rows = (await em.getConnection().execute(sql, [...clauses.flatMap(([, ...v]) => v), limit])) as SlotHit[];
  return rows.map((r) => ({ ...r, startAt: new Date(r.startAt), endAt: new Date(r.endAt), durationMinutes: Number(r.durationMinutes) }));
}
