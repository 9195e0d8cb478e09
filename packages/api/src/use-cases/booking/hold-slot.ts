import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { AppError, HOLD_MINUTES, type HoldSlotInput } from '@bn/domain';
import { idempotent, replay, requestHash, type StoredRow } from './idempotent.js';
import { assertInHorizon } from './find-offer.js';
import { healFreeTime } from './slot-sql.js';
import { toInstant } from './sql-values.js';
import { deleteExpiredHolds } from './sweep-expired-holds.js';
import { isDeadlock, isOverlapViolation } from './sql-errors.js';

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
  startAt: Date;
  endAt: Date;
  expiresAt: Date;
}

interface HoldRow {
  clinic_id: string | null;
  tariff_code: string;
  min_notice_minutes: number;
  days_ahead: number | null;
  end_at: Date | string | null;
}

/**
 * The hold in one statement: the insurer's offer for book × type × tariff (readiness, materialised); the slot's
 * free-time row deleted (of concurrent takers exactly one deletes it; the rest find nothing after waiting only for
 * the winner's commit); every other free slot of the book that the interval overlaps removed, skipping rows another
 * transaction is deleting right now (waiting for them could deadlock two holds on overlapping slots of different
 * types; the exclusion constraint decides between those); and the hold inserted.
 */
const HOLD = `
  with o as (
    select clinic_id, tariff_id, tariff_code, min_notice_minutes, days_ahead from offer
    where insurer_id = ? and book_id = ? and type_id = ? and upper(tariff_code) = ? limit 1
  ), taken as (
    delete from free_slot where book_id = ? and type_id = ? and start_at = ? and exists (select 1 from o) returning end_at
  ), cleared as (
    delete from free_slot where ctid in (
      select f.ctid from free_slot f, taken t
      where f.book_id = ? and f.start_at < t.end_at and f.end_at > ? and not (f.type_id = ? and f.start_at = ?)
      for update of f skip locked)
  ), inserted as (
    insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, hold_expires_at,
      source, insurer_id, tariff_id, created_by, paid_by_patient)
    select ?, ?, o.clinic_id, ?, ?, ?, t.end_at, 'hold', 'active', ?, 'agent', ?, o.tariff_id, ?, false from o, taken t
    returning id
  )
  select o.clinic_id, o.tariff_code, o.min_notice_minutes, o.days_ahead, (select end_at from taken) as end_at
  from (select 1) one left join o on true`;

/**
 * An agent takes a slot from the search while filling in the booking form: one transaction claims the idempotency
 * key and runs HOLD (a hold that expires after HOLD_MINUTES). The exclusion constraint is the safety net; its
 * refusal is SLOT_TAKEN too.
 */
export async function holdSlot({ em, agent, input, idempotencyKey, now }: HoldSlotOptions): Promise<HoldResult> {
  const scope = `${agent.userId}/booking.hold`;
  // One read answers a retry (the key's stored result) and, under contention, most requests: their slot is gone.
  // Key and slot are read in one snapshot, and a hold commits both together, so a retry racing its first try is never
  // told SLOT_TAKEN. A slot held by an expired hold counts as free (the transaction's lazy sweep gives it back first).
  const pre = await precheck(em, { scope, key: idempotencyKey ?? null, ...input }, now);
  if (pre.stored) return replay<HoldResult>(pre.stored, requestHash(input));
  if (!pre.listed && !pre.expiredHolds) throw new AppError('SLOT_TAKEN');
  try {
    return await idempotent({
      em,
      scope,
      key: idempotencyKey,
      request: input,
      lookedUp: true,
      work: async (tx) => {
        if (pre.expiredHolds) await deleteExpiredHolds(tx, now, input.bookId);
        const holdId = randomUUID();
        const expiresAt = new Date(now.getTime() + HOLD_MINUTES * 60_000);
        const [row] = await tx.execute<HoldRow[]>(HOLD, [
          agent.insurerId, input.bookId, input.typeId, input.tariffCode.toUpperCase(),
          input.bookId, input.typeId, input.startAt,
          input.bookId, input.startAt, input.typeId, input.startAt,
          holdId, now, input.bookId, input.typeId, input.startAt, expiresAt, agent.insurerId, agent.userId,
        ]);
        if (!row?.clinic_id) throw new AppError('NOT_BOOKABLE');
        assertInHorizon(row, input.startAt, now);
        if (!row.end_at) throw new AppError('SLOT_TAKEN');
        return { holdId, bookId: input.bookId, typeId: input.typeId, tariffCode: row.tariff_code, startAt: input.startAt, endAt: toInstant(row.end_at), expiresAt };
      },
    });
  } catch (e) {
    if (isOverlapViolation(e)) {
      await healFreeTime(em, input.bookId, input.startAt, input.startAt);
      throw new AppError('SLOT_TAKEN');
    }
    if (isDeadlock(e)) throw new AppError('SLOT_TAKEN');
    throw e;
  }
}

interface PrecheckRow {
  request_hash: string | null;
  response: unknown;
  listed: boolean;
  expired: boolean;
}

async function precheck(
  em: EntityManager,
  q: { scope: string; key: string | null; bookId: string; typeId: string; startAt: Date },
  now: Date,
): Promise<{ stored: StoredRow | null; listed: boolean; expiredHolds: boolean }> {
  const [row] = await em.execute<PrecheckRow[]>(
    `select k.request_hash, k.response,
            exists (select 1 from free_slot where book_id = ? and type_id = ? and start_at = ?) as listed,
            exists (select 1 from appointment where kind = 'hold' and status = 'active' and hold_expires_at <= ? and book_id = ?) as expired
     from (select 1) one left join idempotency_key k on k.scope = ? and k.key = ?`,
    [q.bookId, q.typeId, q.startAt, now, q.bookId, q.scope, q.key],
  );
  return {
    stored: row?.request_hash ? { request_hash: row.request_hash, response: row.response } : null,
    listed: row?.listed === true,
    expiredHolds: row?.expired === true,
  };
}
