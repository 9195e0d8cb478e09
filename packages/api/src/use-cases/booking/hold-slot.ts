import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { AppError, HOLD_MINUTES, type HoldSlotInput } from '@bn/domain';
import { idempotent, replay, requestHash, type StoredRow } from './idempotent.js';
import { findOffer } from './find-offer.js';
import { healFreeTime, takeFreeSlot } from './slot-sql.js';
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

/**
 * An agent takes a slot from the search while filling in the booking form: one transaction deletes the slot's free
 * time (the winner), clears what the interval overlaps and inserts a hold that expires after HOLD_MINUTES. The
 * exclusion constraint is the safety net; its refusal is SLOT_TAKEN too.
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
        const offer = await findOffer(tx, { insurerId: agent.insurerId, ...input, now });
        const endAt = await takeFreeSlot(tx, input);
        const holdId = randomUUID();
        const expiresAt = new Date(now.getTime() + HOLD_MINUTES * 60_000);
        await tx.execute(
          `insert into appointment (id, created_at, clinic_id, book_id, type_id, start_at, end_at, kind, status, hold_expires_at,
             source, insurer_id, tariff_id, created_by, paid_by_patient)
           values (?, ?, ?, ?, ?, ?, ?, 'hold', 'active', ?, 'agent', ?, ?, ?, false)`,
          [holdId, now, offer.clinicId, input.bookId, input.typeId, input.startAt, endAt, expiresAt, agent.insurerId, offer.tariffId, agent.userId],
        );
        return { holdId, bookId: input.bookId, typeId: input.typeId, tariffCode: offer.tariffCode, startAt: input.startAt, endAt, expiresAt };
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
