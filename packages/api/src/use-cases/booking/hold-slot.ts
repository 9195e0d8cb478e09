import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@bn/db';
import { AppError, HOLD_MINUTES, type HoldSlotInput } from '@bn/domain';
import { findIdempotentResult, idempotent } from './idempotent.js';
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
  const replayed = await findIdempotentResult<HoldResult>({ em, scope, key: idempotencyKey, request: input });
  if (replayed) return replayed;
  // Under contention most requests find their slot gone: one read answers them without a transaction. A slot held
  // by an expired hold counts as free (the transaction's lazy sweep gives it back first).
  const precheck = await mayBeFree(em, input, now);
  if (!precheck.free) {
    // The slot may be gone because this very request (same key) just took it on another connection: the key and the
    // slot commit together, so a second look at the key tells a retry from a loser.
    const late = await findIdempotentResult<HoldResult>({ em, scope, key: idempotencyKey, request: input });
    if (late) return late;
    throw new AppError('SLOT_TAKEN');
  }
  try {
    return await idempotent({
      em,
      scope,
      key: idempotencyKey,
      request: input,
      lookedUp: true,
      work: async (tx) => {
        if (precheck.expiredHolds) await deleteExpiredHolds(tx, now, input.bookId);
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

async function mayBeFree(em: EntityManager, slot: { bookId: string; typeId: string; startAt: Date }, now: Date): Promise<{ free: boolean; expiredHolds: boolean }> {
  const [row] = await em.execute<{ listed: boolean; expired: boolean }[]>(
    `select exists (select 1 from free_slot where book_id = ? and type_id = ? and start_at = ?) as listed,
            exists (select 1 from appointment where kind = 'hold' and status = 'active' and hold_expires_at <= ? and book_id = ?) as expired`,
    [slot.bookId, slot.typeId, slot.startAt, now, slot.bookId],
  );
  return { free: row?.listed === true || row?.expired === true, expiredHolds: row?.expired === true };
}
