// The SQL shapes behind the agent's search (docs/performance.md), run as prepared statements:
//   • searchTableQuery — an ordered range scan of `search_slot` on (tariff, city, start) or (start), filtered by the
//     insurer; stops after one page. For the common, broad questions (tariff, city, profession).
//   • offerFirstQuery — the insurer's matching offers first, then each offer's earliest free times (LATERAL over the
//     free-time index). For narrow questions: a name, a postcode.
//   • practitionerTimesQuery — one practitioner's offers with their times as arrays (the week view).
// All apply minimum notice and days ahead (T3) and the offers' validity (from when an insurer may book, and that a time
// lies before its offer's end) here, at read time, because they move with the clock.
import type { EntityManager } from '@bn/db';
import type { SlotHit } from './search-network.js';
import { preparedQuery } from './prepared-query.js';

/** A WHERE clause with its bound values, in the order they appear in the SQL. */
export type Clause = [string, ...unknown[]];

export interface SlotFilters {
  insurerId: string;
  /** First instant a slot may start (the range's start, never before now) and the instant it must start before. */
  startFrom: Date;
  startBefore: Date;
  now: Date;
  tariffCode?: string | undefined;
  profession?: string | undefined;
  city?: string | undefined;
  postcode?: string | undefined;
  practitionerName?: string | undefined;
  practitionerId?: string | undefined;
  cursor?: { startAt: Date; bookId: string; typeId: string; departmentId: string } | undefined;
  limit: number;
}

const OFFER_COLUMNS = `o.practitioner_id as "practitionerId", o.practitioner_name as "practitionerName", o.profession,
  o.clinic_id as "clinicId", o.clinic_name as "clinicName", o.department_name as "departmentName", o.street, o.postcode, o.city,
  o.tariff_code as "tariffCode", o.tariff_name as "tariffName", o.type_name as "typeName", o.duration_minutes as "durationMinutes"`;

/** T3 at read time: not before now + the minimum notice of the row's offer (`limits` has min_notice_minutes). */
function noticeClause(slot: string, limits: string, now: Date): Clause {
  return [`${slot}.start_at >= ?::timestamptz + make_interval(mins => ${limits}.min_notice_minutes)`, now];
}

/** T3 at read time: days ahead = N means today (Oslo) and the next N days; null means no limit. */
function daysAheadClause(slot: string, limits: string, now: Date): Clause {
  return [
    `(${limits}.days_ahead is null or ${slot}.start_at < (date_trunc('day', ?::timestamptz at time zone 'Europe/Oslo') + make_interval(days => ${limits}.days_ahead + 1)) at time zone 'Europe/Oslo')`,
    now,
  ];
}

/** The insurer may book from the offer's `bookable_from` on (null: already). */
function bookableNowClause(offer: string, now: Date): Clause {
  return [`(${offer}.bookable_from is null or ${offer}.bookable_from <= ?)`, now];
}

/** A time at or after the offer's end (the agreement does not cover that day) is not offered. */
function beforeOfferEndClause(slot: string, offer: string): Clause {
  return [`(${offer}.bookable_until is null or ${slot}.start_at < ${offer}.bookable_until)`];
}

function cursorClauses(slot: string, key: string, cursor: SlotFilters['cursor']): Clause[] {
  if (!cursor) return [];
  return [
    [`${slot}.start_at >= ?`, cursor.startAt],
    [
      `(${slot}.start_at, ${key}.book_id, ${key}.type_id, ${key}.department_id) > (?, ?, ?, ?)`,
      cursor.startAt,
      cursor.bookId,
      cursor.typeId,
      cursor.departmentId,
    ],
  ];
}

const where = (clauses: Clause[]) => clauses.map(([c]) => c).join('\n      and ');
const values = (clauses: Clause[]) => clauses.flatMap(([, ...v]) => v);

function toHits(rows: SlotHit[]): SlotHit[] {
  return rows.map((r) => ({
    ...r,
    startAt: new Date(r.startAt),
    endAt: new Date(r.endAt),
    durationMinutes: Number(r.durationMinutes),
  }));
}

/** Whether the search table answers these filters with an ordered scan (else the offer-first query is the fast one). */
export function suitsSearchTable(f: SlotFilters): boolean {
  return !f.practitionerName && !f.postcode && !f.practitionerId;
}

export async function searchTableQuery(em: EntityManager, f: SlotFilters): Promise<SlotHit[]> {
  const clauses: Clause[] = [
    ['s.insurer_ids @> array[?]::text[]', f.insurerId],
    ['s.start_at >= ? and s.start_at < ?', f.startFrom, f.startBefore],
    // The search table groups a slot's insurers by when they may start booking; their offers' ends are applied already.
    ['s.bookable_from <= ?', f.now],
    noticeClause('s', 's', f.now),
    daysAheadClause('s', 's', f.now),
  ];
  if (f.tariffCode) clauses.push(['s.tariff_key = ?', f.tariffCode.toUpperCase()]);
  if (f.city) clauses.push(['s.city_key = ?', f.city.toLowerCase()]);
  if (f.profession) clauses.push(['s.profession = ?', f.profession]);
  clauses.push(...cursorClauses('s', 's', f.cursor));
  const sql = `
    with page as (
      select distinct on (s.start_at, s.book_id, s.type_id, s.department_id)
             s.start_at, s.end_at, s.book_id, s.type_id, s.department_id, s.tariff_id
      from search_slot s
      where ${where(clauses)}
      order by s.start_at, s.book_id, s.type_id, s.department_id, s.tariff_key
      limit ?)
    select p.start_at as "startAt", p.end_at as "endAt", p.book_id as "bookId", p.type_id as "typeId", p.department_id as "departmentId", ${OFFER_COLUMNS}
    from page p
    join offer o on o.book_id = p.book_id and o.type_id = p.type_id and o.tariff_id = p.tariff_id and o.department_id = p.department_id and o.insurer_id = ?
    order by p.start_at, p.book_id, p.type_id, p.department_id`;
  return toHits(await preparedQuery<SlotHit>(em, sql, [...values(clauses), f.limit, f.insurerId]));
}

export async function offerFirstQuery(em: EntityManager, f: SlotFilters): Promise<SlotHit[]> {
  const offer: Clause[] = [['o.insurer_id = ?', f.insurerId], bookableNowClause('o', f.now)];
  if (f.tariffCode) offer.push(['upper(o.tariff_code) = ?', f.tariffCode.toUpperCase()]);
  if (f.profession) offer.push(['o.profession = ?', f.profession]);
  if (f.city) offer.push(['lower(o.city) = ?', f.city.toLowerCase()]);
  if (f.postcode) offer.push(['o.postcode = ?', f.postcode]);
  if (f.practitionerId) offer.push(['o.practitioner_id = ?', f.practitionerId]);
  if (f.practitionerName) {
    offer.push(["o.practitioner_name ilike ? escape '\\'", `%${f.practitionerName.replace(/[%_\\]/g, '\\$&')}%`]);
  }
  // The notice folds into the lower bound, so each offer's scan starts at its first bookable instant.
  const slot: Clause[] = [
    ['f.book_id = o.book_id and f.type_id = o.type_id'],
    [
      'f.start_at >= greatest(?::timestamptz, ?::timestamptz + make_interval(mins => o.min_notice_minutes))',
      f.startFrom,
      f.now,
    ],
    ['f.start_at < ?', f.startBefore],
    beforeOfferEndClause('f', 'o'),
    daysAheadClause('f', 'o', f.now),
    ...cursorClauses('f', 'o', f.cursor),
  ];
  const sql = `
    select distinct on (f.start_at, o.book_id, o.type_id, o.department_id)
           f.start_at as "startAt", f.end_at as "endAt", o.book_id as "bookId", o.type_id as "typeId", o.department_id as "departmentId", ${OFFER_COLUMNS}
    from offer o
    cross join lateral (
      select f.start_at, f.end_at from free_slot f
      where ${where(slot)}
      order by f.start_at
      limit ?) f
    where ${where(offer)}
    order by f.start_at, o.book_id, o.type_id, o.department_id, o.tariff_code
    limit ?`;
  return toHits(await preparedQuery<SlotHit>(em, sql, [...values(slot), f.limit, ...values(offer), f.limit]));
}

/** One offer (book × type × department) of a practitioner with its free times as epoch milliseconds, earliest first. */
export interface OfferTimes {
  offer: Omit<SlotHit, 'startAt' | 'endAt'>;
  starts: number[];
  ends: number[];
}

/**
 * One practitioner's times, one row per offer with its times as arrays: a month is a handful of narrow rows instead
 * of hundreds of rows repeating the names and address (the week view's query; search.practitionerSlots).
 */
export async function practitionerTimesQuery(
  em: EntityManager,
  f: SlotFilters & { practitionerId: string },
): Promise<OfferTimes[]> {
  const offer: Clause[] = [
    ['o.insurer_id = ?', f.insurerId],
    ['o.practitioner_id = ?', f.practitionerId],
    bookableNowClause('o', f.now),
  ];
  if (f.tariffCode) offer.push(['upper(o.tariff_code) = ?', f.tariffCode.toUpperCase()]);
  const slot: Clause[] = [
    ['f.book_id = o.book_id and f.type_id = o.type_id'],
    [
      'f.start_at >= greatest(?::timestamptz, ?::timestamptz + make_interval(mins => o.min_notice_minutes))',
      f.startFrom,
      f.now,
    ],
    ['f.start_at < ?', f.startBefore],
    beforeOfferEndClause('f', 'o'),
    daysAheadClause('f', 'o', f.now),
  ];
  const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;
  const sql = `
    select distinct on (o.book_id, o.type_id, o.department_id)
           o.book_id as "bookId", o.type_id as "typeId", o.department_id as "departmentId", ${OFFER_COLUMNS}, t.starts, t.ends
    from offer o
    cross join lateral (
      select array_agg(${ms('f.start_at')} order by f.start_at) as starts, array_agg(${ms('f.end_at')} order by f.start_at) as ends
      from (select f.start_at, f.end_at from free_slot f where ${where(slot)} order by f.start_at limit ?) f) t
    where ${where(offer)} and t.starts is not null
    order by o.book_id, o.type_id, o.department_id, o.tariff_code`;
  const rows = await preparedQuery<Omit<SlotHit, 'startAt' | 'endAt'> & { starts: number[]; ends: number[] }>(em, sql, [
    ...values(slot),
    f.limit,
    ...values(offer),
  ]);
  return rows.map(({ starts, ends, ...o }) => ({
    offer: { ...o, durationMinutes: Number(o.durationMinutes) },
    starts: starts.map(Number),
    ends: ends.map(Number),
  }));
}
