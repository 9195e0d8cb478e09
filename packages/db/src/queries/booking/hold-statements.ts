// The hold's two statements (the api's holdSlot decides between them): one read of everything it decides on, and one
// data-modifying statement that takes the slot, inserts the hold and stores the idempotent answer together.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookerRef } from '@bn/domain';
import { sqlOf } from '../../sql/kysely.js';
import { storedAnswerJoin, storeKeyStatement, type KeyRef } from '../idempotency/idempotency-store.js';
import { offerMatches } from '../offers/bookable-offer.js';
import { freeTimeSharedLock } from '../free-time/free-time-lock.js';
import { takeSlotCtes } from '../free-time/free-slots.js';
import { restrictionColumns, type RestrictionsRow } from './restrictions.js';

export interface HoldSlotKey {
  bookId: string;
  typeId: string;
  startAt: Date;
  tariffCode: string;
  /** The department the agent chose (from the search hit); null: not given. */
  departmentId: string | null;
}

/** With T3's inputs for the book × type (the answer says until when the booking could be changed). */
export interface HoldPrecheckRow extends RestrictionsRow {
  request_hash: string | null;
  response: unknown;
  /** The slot's free-time row, if the search still lists it. */
  end_at: Date | null;
  expired: boolean;
  /** An active appointment or hold of the book overlaps the start (for the type's length). */
  taken: boolean;
  /** The insurer's offer for book × type × tariff (readiness, materialised); null: none. */
  clinic_id: string | null;
  tariff_code: string | null;
  min_notice_minutes: number | null;
  days_ahead: number | null;
  /** When the readiness answer holds (offer.bookable_from / bookable_until). */
  bookable_from: Date | null;
  bookable_until: Date | null;
  /** The chosen department when it is offered; without a choice, the offer's only department (null with several). */
  department_id: string | null;
  /** Whether the offer exists at some department when the chosen one is not among them. */
  offered_elsewhere: boolean;
}

/**
 * Everything a hold decides on, in one read and one snapshot: the idempotency key's stored answer, the slot's free-time
 * row, whether the book has expired holds (they count as free: the lazy sweep gives them back), and the offer at the
 * chosen department (T5: a type without an address is offered at every department; the search hit names one) — or,
 * without a choice, the offer's department when it has exactly one. Key and slot come from one snapshot, and a hold
 * commits both together, so a retry racing its first try is never told SLOT_TAKEN. Under contention most requests end
 * here: their slot is gone. The book × type's restrictions come along, so the answer can say until when the booking could
 * be changed (the domain decides, from these columns). A named statement.
 */
export async function readHoldPrecheck(
  em: EntityManager,
  q: { slot: HoldSlotKey; insurerId: string; key: KeyRef; now: Date },
): Promise<HoldPrecheckRow | null> {
  const { slot: s, insurerId, now } = q;
  const offer = { insurerId, bookId: s.bookId, typeId: s.typeId, tariffCode: s.tariffCode };
  const { rows } = await sql<HoldPrecheckRow>`
  select k.request_hash, k.response,
         (select end_at from free_slot where book_id = ${s.bookId}::text and type_id = ${s.typeId}::text and start_at = ${s.startAt}::timestamptz) as end_at,
         exists (select 1 from appointment where kind = 'hold' and status = 'active' and hold_expires_at <= ${now}::timestamptz
                 and book_id = ${s.bookId}::text) as expired,
         exists (select 1 from appointment a, appointment_type t
                 where t.id = ${s.typeId}::text and a.book_id = ${s.bookId}::text and a.status = 'active'
                   and a.start_at < ${s.startAt}::timestamptz + make_interval(mins => t.duration_minutes) and a.end_at > ${s.startAt}::timestamptz) as taken,
         o.clinic_id, o.tariff_code, o.min_notice_minutes, o.days_ahead, o.bookable_from, o.bookable_until, o.department_id,
         (o.clinic_id is null and ${s.departmentId}::text is not null
          and exists (select 1 from offer where ${offerMatches(offer)})) as offered_elsewhere,
         r.max_self_booked, r.restrictions, r.own_limits_enabled, r.own_limits
  from (select 1) one
  ${storedAnswerJoin(q.key)}
  left join lateral (
    select ${restrictionColumns}
    from appointment_book b join clinic c on c.id = b.clinic_id left join appointment_type t on t.id = ${s.typeId}::text
    where b.id = ${s.bookId}::text) r on true
  left join lateral (
    select clinic_id, tariff_code, min_notice_minutes, days_ahead, bookable_from, bookable_until,
           case when ${s.departmentId}::text is not null or count(*) over () = 1 then department_id end as department_id
    from offer
    where ${offerMatches({ ...offer, departmentId: s.departmentId })}
    limit 1) o on true`.execute(sqlOf(em, { prepared: true }));
  return rows[0] ?? null;
}

export interface HoldWriteOptions {
  slot: HoldSlotKey;
  /** The slot's end as the precheck read it. */
  endAt: Date;
  /** Who holds: the hold is theirs (`created_by`, `source`) until it is confirmed or released. */
  booker: BookerRef;
  holdId: string;
  /** What the read decided: the chosen department, or the offer's only one, or null. */
  departmentId: string | null;
  expiresAt: Date;
  now: Date;
  key: KeyRef & { requestHash: string | null };
  /** The answer, encoded by the caller. */
  answer: unknown;
}

/**
 * The hold in one statement, without a transaction of its own: the book's free-time lock taken shared (holds never
 * wait for each other; a rebuild of the book's free time is waited for, and then the slot read again — free-time-lock),
 * evaluated with the offer before any row is touched; the offer still there; the slot taken (`takeSlotCtes`); the hold
 * inserted; and the answer stored under the idempotency key. Returns the hold's id, or null when the slot (or the
 * offer at the department) was gone by then.
 */
export async function writeHold(em: EntityManager, o: HoldWriteOptions): Promise<string | null> {
  const s = o.slot;
  const offer = offerMatches({
    insurerId: o.booker.insurerId,
    bookId: s.bookId,
    typeId: s.typeId,
    tariffCode: s.tariffCode,
    departmentId: o.departmentId,
  });
  const { rows } = await sql<{ id: string }>`
  with lk as (${freeTimeSharedLock(s.bookId)}), o as (
    select clinic_id, tariff_id from offer, lk
    where lk.locked and ${offer}
    limit 1
  ), ${takeSlotCtes({ ...s, endAt: o.endAt }, sql`exists (select 1 from o)`)}, inserted as (
    insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, hold_expires_at,
      source, insurer_id, tariff_id, created_by, paid_by_patient, department_id)
    select ${o.holdId}::text, ${o.now}::timestamptz, o.clinic_id, ${s.bookId}::text, ${s.typeId}::text, ${s.startAt}::timestamptz, t.end_at,
           'hold', 'active', ${o.expiresAt}::timestamptz, ${o.booker.source}::text, ${o.booker.insurerId}::text, o.tariff_id, ${o.booker.id}::text, false,
           ${o.departmentId}::text
    from o, taken t
    returning id
  ), stored as (
    ${storeKeyStatement({ ...o.key, value: o.answer, from: sql`from inserted`, now: o.now })}
  )
  select id from inserted`.execute(sqlOf(em, { prepared: true }));
  return rows[0]?.id ?? null;
}
