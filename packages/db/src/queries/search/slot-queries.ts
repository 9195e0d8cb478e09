// The SQL shapes behind the agent's search (docs/performance.md), run as named prepared statements:
//   • searchTableQuery — an ordered range scan of `search_slot` on (tariff, city, start) or (start), filtered by the
//     insurer; stops after one page. For the common, broad questions (tariff, city, profession).
//   • offerFirstQuery — the insurer's matching offers first, then each offer's earliest free times (LATERAL over the
//     free-time index). For narrow questions: a name, a postcode.
//   • practitionerTimesQuery — one practitioner's offers with their times as arrays (the week view).
// All apply minimum notice and days ahead (T3) and the offers' validity (from when an insurer may book, and that a time
// lies before its offer's end) here, at read time, because they move with the clock. Days ahead arrives as instants
// (`daysAheadBounds`, the domain's Oslo calendar): the SQL compares, it never converts time zones.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';
import { tariffCodeMatches } from '../offers/bookable-offer.js';

export interface SlotHitRow {
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

export interface SlotFilters {
  insurerId: string;
  /** First instant a slot may start (the range's start, never before now) and the instant it must start before. */
  startFrom: Date;
  startBefore: Date;
  now: Date;
  /** T3's days-ahead bounds: `[n]` is the first instant days ahead = n excludes (the domain's `daysAheadBounds`). */
  daysAheadBounds: readonly Date[];
  tariffCode?: string | undefined;
  profession?: string | undefined;
  city?: string | undefined;
  /** Any of these postcodes (the place search's resolution of a postcode prefix or a name). */
  postcodes?: readonly string[] | undefined;
  /** Each word somewhere in the practitioner's name, in any order. */
  practitionerWords?: readonly string[] | undefined;
  practitionerId?: string | undefined;
  /** Any of these practitioners (a page of the results by practitioner). */
  practitionerIds?: readonly string[] | undefined;
  cursor?: { startAt: Date; bookId: string; typeId: string; departmentId: string } | undefined;
  limit: number;
}

type Clause = RawBuilder<SqlBool>;
const ref = (table: string, column: string) => sql.ref(`${table}.${column}`);

const OFFER_COLUMNS = sql`o.practitioner_id as "practitionerId", o.practitioner_name as "practitionerName", o.profession,
  o.clinic_id as "clinicId", o.clinic_name as "clinicName", o.department_name as "departmentName", o.street, o.postcode, o.city,
  o.tariff_code as "tariffCode", o.tariff_name as "tariffName", o.type_name as "typeName", o.duration_minutes as "durationMinutes"`;

/** T3 at read time: not before now + the minimum notice of the row's offer (`limits` has min_notice_minutes). */
function noticeClause(slot: string, limits: string, now: Date): Clause {
  return sql`${ref(slot, 'start_at')} >= ${now}::timestamptz + make_interval(mins => ${ref(limits, 'min_notice_minutes')})`;
}

/**
 * T3 at read time: days ahead = N means today (Oslo) and the next N days; null means no limit. A days-ahead value
 * beyond the bounds given reaches past the query's own end.
 */
function daysAheadClause(slot: string, limits: string, bounds: readonly Date[]): Clause {
  const n = ref(limits, 'days_ahead');
  return sql`(${n} is null or ${ref(slot, 'start_at')} < coalesce((${[...bounds]}::timestamptz[])[${n} + 1], 'infinity'))`;
}

/** The insurer may book from the offer's `bookable_from` on (null: already). */
function bookableNowClause(offer: string, now: Date): Clause {
  return sql`(${ref(offer, 'bookable_from')} is null or ${ref(offer, 'bookable_from')} <= ${now}::timestamptz)`;
}

/** A time at or after the offer's end (the agreement does not cover that day) is not offered. */
function beforeOfferEndClause(slot: string, offer: string): Clause {
  return sql`(${ref(offer, 'bookable_until')} is null or ${ref(slot, 'start_at')} < ${ref(offer, 'bookable_until')})`;
}

function cursorClauses(slot: string, key: string, cursor: SlotFilters['cursor']): Clause[] {
  if (!cursor) return [];
  return [
    sql`${ref(slot, 'start_at')} >= ${cursor.startAt}::timestamptz`,
    sql`(${ref(slot, 'start_at')}, ${ref(key, 'book_id')}, ${ref(key, 'type_id')}, ${ref(key, 'department_id')}) > (${cursor.startAt}::timestamptz, ${cursor.bookId}::text, ${cursor.typeId}::text, ${cursor.departmentId}::text)`,
  ];
}

const where = (clauses: Clause[]) => sql.join(clauses, sql`\n      and `);

function toHits(rows: SlotHitRow[]): SlotHitRow[] {
  return rows.map((r) => ({ ...r, durationMinutes: Number(r.durationMinutes) }));
}

/** Whether the search table answers these filters with an ordered scan (else the offer-first query is the fast one). */
export function suitsSearchTable(f: Pick<SlotFilters, 'practitionerWords' | 'postcodes' | 'practitionerId'>): boolean {
  return !f.practitionerWords?.length && !f.postcodes && !f.practitionerId;
}

export async function searchTableQuery(em: EntityManager, f: SlotFilters): Promise<SlotHitRow[]> {
  const clauses: Clause[] = [
    sql`s.insurer_ids @> array[${f.insurerId}::text]`,
    sql`s.start_at >= ${f.startFrom}::timestamptz and s.start_at < ${f.startBefore}::timestamptz`,
    // The search table groups a slot's insurers by when they may start booking; their offers' ends are applied already.
    sql`s.bookable_from <= ${f.now}::timestamptz`,
    noticeClause('s', 's', f.now),
    daysAheadClause('s', 's', f.daysAheadBounds),
  ];
  // The search table keeps the upper-cased code (its trigger writes tariff_key), so the match is an index equality.
  if (f.tariffCode) clauses.push(sql`s.tariff_key = ${f.tariffCode.toUpperCase()}::text`);
  if (f.city) clauses.push(sql`s.city_key = ${f.city.toLowerCase()}::text`);
  if (f.profession) clauses.push(sql`s.profession = ${f.profession}::text`);
  clauses.push(...cursorClauses('s', 's', f.cursor));
  const { rows } = await sql<SlotHitRow>`
    with page as (
      select distinct on (s.start_at, s.book_id, s.type_id, s.department_id)
             s.start_at, s.end_at, s.book_id, s.type_id, s.department_id, s.tariff_id
      from search_slot s
      where ${where(clauses)}
      order by s.start_at, s.book_id, s.type_id, s.department_id, s.tariff_key
      limit ${f.limit}::int)
    select p.start_at as "startAt", p.end_at as "endAt", p.book_id as "bookId", p.type_id as "typeId", p.department_id as "departmentId", ${OFFER_COLUMNS}
    from page p
    join offer o on o.book_id = p.book_id and o.type_id = p.type_id and o.tariff_id = p.tariff_id and o.department_id = p.department_id and o.insurer_id = ${f.insurerId}::text
    order by p.start_at, p.book_id, p.type_id, p.department_id`.execute(sqlOf(em, { prepared: true }));
  return toHits(rows);
}

/** The offer-side conditions both offer-first shapes share. */
function offerClauses(f: Omit<SlotFilters, 'cursor' | 'limit'>): Clause[] {
  const offer: Clause[] = [sql`o.insurer_id = ${f.insurerId}::text`, bookableNowClause('o', f.now)];
  if (f.tariffCode) offer.push(tariffCodeMatches('o.tariff_code', f.tariffCode));
  return offer;
}

function slotClauses(f: Omit<SlotFilters, 'cursor' | 'limit'>): Clause[] {
  // The notice folds into the lower bound, so each offer's scan starts at its first bookable instant.
  return [
    sql`f.book_id = o.book_id and f.type_id = o.type_id`,
    sql`f.start_at >= greatest(${f.startFrom}::timestamptz, ${f.now}::timestamptz + make_interval(mins => o.min_notice_minutes))`,
    sql`f.start_at < ${f.startBefore}::timestamptz`,
    beforeOfferEndClause('f', 'o'),
    daysAheadClause('f', 'o', f.daysAheadBounds),
  ];
}

/** The offers the agent's filters leave (profession, place, practitioner), over the insurer's bookable offers. */
function offerFilterClauses(f: Omit<SlotFilters, 'cursor' | 'limit'>): Clause[] {
  const offer = offerClauses(f);
  if (f.profession) offer.push(sql`o.profession = ${f.profession}::text`);
  if (f.city) offer.push(sql`lower(o.city) = ${f.city.toLowerCase()}::text`);
  if (f.postcodes) offer.push(sql`o.postcode = any(${[...f.postcodes]}::text[])`);
  if (f.practitionerId) offer.push(sql`o.practitioner_id = ${f.practitionerId}::text`);
  if (f.practitionerIds) offer.push(sql`o.practitioner_id = any(${[...f.practitionerIds]}::text[])`);
  for (const word of f.practitionerWords ?? []) {
    offer.push(sql`o.practitioner_name ilike ${`%${word.replace(/[%_\\]/g, '\\$&')}%`}::text escape '\\'`);
  }
  return offer;
}

export async function offerFirstQuery(em: EntityManager, f: SlotFilters): Promise<SlotHitRow[]> {
  const offer = offerFilterClauses(f);
  const slot = [...slotClauses(f), ...cursorClauses('f', 'o', f.cursor)];
  const { rows } = await sql<SlotHitRow>`
    select distinct on (f.start_at, o.book_id, o.type_id, o.department_id)
           f.start_at as "startAt", f.end_at as "endAt", o.book_id as "bookId", o.type_id as "typeId", o.department_id as "departmentId", ${OFFER_COLUMNS}
    from offer o
    cross join lateral (
      select f.start_at, f.end_at from free_slot f
      where ${where(slot)}
      order by f.start_at
      limit ${f.limit}::int) f
    where ${where(offer)}
    order by f.start_at, o.book_id, o.type_id, o.department_id, o.tariff_code
    limit ${f.limit}::int`.execute(sqlOf(em, { prepared: true }));
  return toHits(rows);
}

/** One offer (book × type × department) of a practitioner with its free times as epoch milliseconds, earliest first. */
export interface OfferTimes {
  offer: Omit<SlotHitRow, 'startAt' | 'endAt'>;
  starts: number[];
  ends: number[];
}

/**
 * Practitioners' times, one row per offer with its times as arrays (at most `limit` per offer): a month is a handful
 * of narrow rows instead of hundreds of rows repeating the names and address (the week view's query,
 * search.practitionerSlots, for one practitioner; the results by practitioner for a page of them).
 */
export async function practitionerTimesQuery(
  em: EntityManager,
  f: SlotFilters & ({ practitionerId: string } | { practitionerIds: readonly string[] }),
): Promise<OfferTimes[]> {
  const offer = offerFilterClauses(f);
  const ms = (column: string) => sql`(extract(epoch from ${sql.ref(column)}) * 1000)::float8`;
  const { rows } = await sql<Omit<SlotHitRow, 'startAt' | 'endAt'> & { starts: number[]; ends: number[] }>`
    select distinct on (o.book_id, o.type_id, o.department_id)
           o.book_id as "bookId", o.type_id as "typeId", o.department_id as "departmentId", ${OFFER_COLUMNS}, t.starts, t.ends
    from offer o
    cross join lateral (
      select array_agg(${ms('f.start_at')} order by f.start_at) as starts, array_agg(${ms('f.end_at')} order by f.start_at) as ends
      from (select f.start_at, f.end_at from free_slot f where ${where(slotClauses(f))} order by f.start_at limit ${f.limit}::int) f) t
    where ${where(offer)} and t.starts is not null
    order by o.book_id, o.type_id, o.department_id, o.tariff_code`.execute(sqlOf(em, { prepared: true }));
  return rows.map(({ starts, ends, ...o }) => ({
    offer: { ...o, durationMinutes: Number(o.durationMinutes) },
    starts: starts.map(Number),
    ends: ends.map(Number),
  }));
}

/** A practitioner the filters leave, with their earliest free time and the postcodes of the places they have times. */
export interface PractitionerEarliestRow {
  practitionerId: string;
  earliestAt: Date;
  postcodes: string[];
}

/**
 * Every practitioner with a free time the filters leave, with the earliest one: each offer's first free time (one
 * probe of the free-time index per offer, under the same rules as the searches above), the minimum per practitioner.
 * The results by practitioner order and page these (by time, or by distance, which the register in TypeScript knows).
 */
export async function practitionerEarliestQuery(
  em: EntityManager,
  f: Omit<SlotFilters, 'cursor' | 'limit'>,
): Promise<PractitionerEarliestRow[]> {
  const { rows } = await sql<PractitionerEarliestRow>`
    select o.practitioner_id as "practitionerId", min(f.start_at) as "earliestAt", array_agg(distinct o.postcode) as postcodes
    from offer o
    cross join lateral (
      select f.start_at from free_slot f
      where ${where(slotClauses(f))}
      order by f.start_at
      limit 1) f
    where ${where(offerFilterClauses(f))}
    group by o.practitioner_id`.execute(sqlOf(em, { prepared: true }));
  return rows;
}
