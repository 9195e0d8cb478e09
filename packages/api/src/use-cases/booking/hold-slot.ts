import { randomUUID } from 'node:crypto';
import superjson from 'superjson';
import type { EntityManager } from '@bn/db';
import { AppError, HOLD_MINUTES, type HoldSlotInput } from '@bn/domain';
import { replay, requestHash, storeKeySql } from './idempotent.js';
import { assertBookableAt, notOffered } from './find-offer.js';
import { healFreeTime, rebuildBookDays } from './slot-sql.js';
import { whyNoFreeSlot } from './why-no-free-slot.js';
import { sql, toInstant } from './sql-values.js';
import { deleteExpiredHolds } from './sweep-expired-holds.js';
import { isDeadlock, isIdempotencyKeyTaken, isOverlapViolation } from './sql-errors.js';
import { preparedQuery } from '../search/prepared-query.js';

export interface HoldSlotOptions {
  em: EntityManager;
  agent: { userId: string; insurerId: string };
  input: Omit<HoldSlotInput, 'idempotencyKey'>;
  idempotencyKey?: string | null;
  now: Date;
}

export interface HoldResult {
  holdId: string;
  bookId: string;
  typeId: string;
  tariffCode: string;
  /** The department (visiting address) the patient comes to; null when the offer has several and none was chosen. */
  departmentId: string | null;
  startAt: Date;
  endAt: Date;
  expiresAt: Date;
}

interface PrecheckRow {
  request_hash: string | null;
  response: unknown;
  /** The slot's free-time row, if the search still lists it. */
  end_at: Date | string | null;
  expired: boolean;
  /** An active appointment or hold of the book overlaps the start (for the type's length). */
  taken: boolean;
  /** The insurer's offer for book × type × tariff (readiness, materialised); null: none. */
  clinic_id: string | null;
  tariff_code: string | null;
  min_notice_minutes: number | null;
  days_ahead: number | null;
  /** When the readiness answer holds (offer.bookable_from / bookable_until). */
  bookable_from: Date | string | null;
  bookable_until: Date | string | null;
  /** The chosen department when it is offered; without a choice, the offer's only department (null with several). */
  department_id: string | null;
  /** Whether the offer exists at some department when the chosen one is not among them. */
  offered_elsewhere: boolean;
}

interface Slot {
  bookId: string;
  typeId: string;
  startAt: Date;
  tariffCode: string;
  /** The department the agent chose (from the search hit); null: not given. */
  departmentId: string | null;
}

/**
 * Everything a hold decides on, in one read and one snapshot: the idempotency key's stored answer, the slot's free-time
 * row, whether the book has expired holds (they count as free: the lazy sweep gives them back), and the offer at the
 * chosen department (T5: a type without an address is offered at every department; the search hit names one) — or,
 * without a choice, the offer's department when it has exactly one. Key and
 * slot come from one snapshot, and a hold commits both together, so a retry racing its first try is never told
 * SLOT_TAKEN. Under contention most requests end here: their slot is gone.
 */
const precheckSql = (s: Slot, insurerId: string, scope: string, key: string | null, now: Date) => sql`
  select k.request_hash, k.response,
         (select end_at from free_slot where book_id = ${s.bookId}::text and type_id = ${s.typeId}::text and start_at = ${s.startAt}::timestamptz) as end_at,
         exists (select 1 from appointment where kind = 'hold' and status = 'active' and hold_expires_at <= ${now}::timestamptz
                 and book_id = ${s.bookId}::text) as expired,
         exists (select 1 from appointment a, appointment_type t
                 where t.id = ${s.typeId}::text and a.book_id = ${s.bookId}::text and a.status = 'active'
                   and a.start_at < ${s.startAt}::timestamptz + make_interval(mins => t.duration_minutes) and a.end_at > ${s.startAt}::timestamptz) as taken,
         o.clinic_id, o.tariff_code, o.min_notice_minutes, o.days_ahead, o.bookable_from, o.bookable_until, o.department_id,
         (o.clinic_id is null and ${s.departmentId}::text is not null and exists (
           select 1 from offer where insurer_id = ${insurerId}::text and book_id = ${s.bookId}::text and type_id = ${s.typeId}::text
             and upper(tariff_code) = ${s.tariffCode}::text)) as offered_elsewhere
  from (select 1) one
  left join idempotency_key k on k.scope = ${scope}::text and k.key = ${key}::text
  left join lateral (
    select clinic_id, tariff_code, min_notice_minutes, days_ahead, bookable_from, bookable_until,
           case when ${s.departmentId}::text is not null or count(*) over () = 1 then department_id end as department_id
    from offer
    where insurer_id = ${insurerId}::text and book_id = ${s.bookId}::text and type_id = ${s.typeId}::text and upper(tariff_code) = ${s.tariffCode}::text
      and (${s.departmentId}::text is null or department_id = ${s.departmentId}::text)
    limit 1) o on true`;

/**
 * The hold in one statement, without a transaction of its own: the offer still there; the slot's free-time row deleted
 * (of concurrent takers exactly one deletes it; the rest find nothing after waiting only for the winner's commit);
 * every other free slot of the book that the interval overlaps removed (free slots last at most a day's window, so
 * only the day before the start is looked at), skipping rows another transaction is deleting right now (waiting for
 * them could deadlock two holds on overlapping slots of different types; the exclusion constraint decides between
 * those); the hold inserted; and the answer stored under the idempotency key. Returns the hold's id, or no row when
 * the slot (or the offer at the department) was gone by then. `departmentId` is what the read decided (the chosen one, or
 * the offer's only one, or null).
 */
function holdSql(
  s: Slot,
  endAt: Date,
  agent: HoldSlotOptions['agent'],
  result: HoldResult,
  now: Date,
  key: { scope: string; key: string | null; request: unknown },
) {
  return sql`
  with o as (
    select clinic_id, tariff_id from offer
    where insurer_id = ${agent.insurerId}::text and book_id = ${s.bookId}::text and type_id = ${s.typeId}::text and upper(tariff_code) = ${s.tariffCode}::text
      and (${result.departmentId}::text is null or department_id = ${result.departmentId}::text)
    limit 1
  ), taken as (
    delete from free_slot
    where book_id = ${s.bookId}::text and type_id = ${s.typeId}::text and start_at = ${s.startAt}::timestamptz and end_at = ${endAt}::timestamptz
      and exists (select 1 from o)
    returning end_at
  ), cleared as (
    delete from free_slot where ctid in (
      select f.ctid from free_slot f, taken t
      where f.book_id = ${s.bookId}::text and f.start_at < t.end_at and f.start_at > ${s.startAt}::timestamptz - interval '1 day'
        and f.end_at > ${s.startAt}::timestamptz and not (f.type_id = ${s.typeId}::text and f.start_at = ${s.startAt}::timestamptz)
      for update of f skip locked)
  ), inserted as (
    insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, hold_expires_at,
      source, insurer_id, tariff_id, created_by, paid_by_patient, department_id)
    select ${result.holdId}::text, ${now}::timestamptz, o.clinic_id, ${s.bookId}::text, ${s.typeId}::text, ${s.startAt}::timestamptz, t.end_at,
           'hold', 'active', ${result.expiresAt}::timestamptz, 'agent', ${agent.insurerId}::text, o.tariff_id, ${agent.userId}::text, false,
           ${result.departmentId}::text
    from o, taken t
    returning id
  ), stored as (
    ${storeKeySql({ ...key, response: sql`${JSON.stringify(superjson.serialize(result))}::jsonb`, from: sql`from inserted`, now })}
  )
  select id from inserted`;
}

/**
 * An agent takes a slot from the search while filling in the booking form: a hold that expires after HOLD_MINUTES.
 * One read decides (precheck), one statement writes (holdSql); a request that lost a race on the way reads again, and
 * then gets the stored answer of its own key or the refusal. A refusal names the real reason, in the order a person
 * would look: the offer (NOT_BOOKABLE with `details.reason`), the clock (TOO_SOON, OUTSIDE_HORIZON), then the time
 * itself — SLOT_TAKEN only when an appointment or hold covers it, NOT_ON_GRID when no slot starts then. A slot the
 * engine places but whose free time is not built yet (the nightly job catching up after a stop) is built and held.
 * The exclusion constraint is the safety net; its refusal is SLOT_TAKEN too.
 */
export async function holdSlot({ em, agent, input, idempotencyKey, now }: HoldSlotOptions): Promise<HoldResult> {
  const scope = `${agent.userId}/booking.hold`;
  const key = idempotencyKey ?? null;
  const slot: Slot = {
    bookId: input.bookId,
    typeId: input.typeId,
    startAt: input.startAt,
    tariffCode: input.tariffCode.toUpperCase(),
    departmentId: input.departmentId ?? null,
  };
  let swept = false;
  let built = false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const read = precheckSql(slot, agent.insurerId, scope, key, now);
    const [pre] = await preparedQuery<PrecheckRow>(em, read.text, read.values);
    if (pre?.request_hash)
      return replay<HoldResult>({ request_hash: pre.request_hash, response: pre.response }, requestHash(input));
    if (pre?.expired && !swept) {
      // Expired holds in the book: give their time back first (in a transaction of its own), then decide again.
      await em.transactional((tx) => deleteExpiredHolds(tx, now, input.bookId));
      swept = true;
      continue;
    }
    if (!pre) throw new AppError('SLOT_TAKEN');
    if (pre.offered_elsewhere) {
      throw new AppError('NOT_BOOKABLE', { reason: 'department' });
    }
    if (!pre.clinic_id || !pre.tariff_code) throw notOffered();
    assertBookableAt(
      {
        min_notice_minutes: pre.min_notice_minutes ?? 0,
        days_ahead: pre.days_ahead,
        bookable_from: pre.bookable_from,
        bookable_until: pre.bookable_until,
      },
      input.startAt,
      now,
    );
    if (!pre.end_at) {
      if (pre.taken) throw new AppError('SLOT_TAKEN');
      const why = await whyNoFreeSlot(em, { bookId: input.bookId, typeId: input.typeId, startAt: input.startAt, now });
      if (why !== 'missing') throw why;
      if (built) throw new AppError('SLOT_TAKEN');
      await em.transactional((tx) => rebuildBookDays(tx, input.bookId, [input.startAt]));
      built = true;
      continue;
    }
    const endAt = toInstant(pre.end_at);
    const result: HoldResult = {
      holdId: randomUUID(),
      bookId: input.bookId,
      typeId: input.typeId,
      tariffCode: pre.tariff_code,
      departmentId: pre.department_id,
      startAt: input.startAt,
      endAt,
      expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
    };
    try {
      const write = holdSql(slot, endAt, agent, result, now, { scope, key, request: input });
      const [row] = await preparedQuery<{ id: string }>(em, write.text, write.values);
      if (row) return result;
      // The slot went between the read and the write (or the request with the same key took it): read again.
    } catch (e) {
      if (isOverlapViolation(e)) {
        await healFreeTime(em, input.bookId, input.startAt, input.startAt);
        throw new AppError('SLOT_TAKEN');
      }
      if (isDeadlock(e)) throw new AppError('SLOT_TAKEN');
      // The same key committed first (with another slot): its stored answer decides, on the next read.
      if (!isIdempotencyKeyTaken(e)) throw e;
    }
  }
  throw new AppError('SLOT_TAKEN');
}
