import { randomUUID } from 'node:crypto';
import { readHoldPrecheck, writeHold, type EntityManager, type HoldSlotKey } from '@bn/db';
import { AppError, HOLD_MINUTES, bookerRef, idempotencyScope, type Booker, type HoldSlotInput } from '@bn/domain';
import { encodeAnswer, replay, requestHash } from './idempotent.js';
import { assertBookableAt, whyNotOffered } from './find-offer.js';
import { healFreeTime, rebuildBookDays } from './slot-sql.js';
import { beyondHorizon, whyNoFreeSlot } from './why-no-free-slot.js';
import { deleteExpiredHolds } from './sweep-expired-holds.js';
import { changeWindow } from './change-deadline.js';
import { restrictionsFromRow } from './load-restrictions.js';
import { isDeadlock, isIdempotencyKeyTaken, isOverlapViolation } from './sql-errors.js';

export interface HoldSlotOptions {
  em: EntityManager;
  /** An agent, or an insurer app acting for a patient: the hold is theirs. */
  booker: Booker;
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
  /**
   * Until when the booking could still be cancelled or moved online (T3, the domain's rule as «Mine bookinger» and
   * cancel apply it); null when the book × type allows no cancelling online at all.
   */
  changeableUntil: Date | null;
  /**
   * Whether the booking, made now, could still be changed: false when the deadline has already passed (or cancelling
   * online is off) — the agent is warned before confirming.
   */
  canChange: boolean;
}

/**
 * A booker (an agent, or an insurer app for its patient) takes a slot from the search while the booking's details are
 * filled in: a hold that expires after HOLD_MINUTES.
 * One read decides (@bn/db's readHoldPrecheck), one statement writes (writeHold); a request that lost a race on the way reads again, and
 * then gets the stored answer of its own key or the refusal. A refusal names the real reason, in the order a person
 * would look: the offer (NOT_BOOKABLE with `details.reason`), the clock (TOO_SOON, OUTSIDE_HORIZON), then the time
 * itself — SLOT_TAKEN only when an appointment or hold covers it, NOT_ON_GRID when no slot starts then. A slot the
 * engine places but whose free time is not built yet (the nightly job catching up after a stop) is built and held.
 * The exclusion constraint is the safety net; its refusal is SLOT_TAKEN too.
 */
export async function holdSlot({ em, booker, input, idempotencyKey, now }: HoldSlotOptions): Promise<HoldResult> {
  const scope = idempotencyScope(booker, 'booking.hold');
  const key = idempotencyKey ?? null;
  const slot: HoldSlotKey = {
    bookId: input.bookId,
    typeId: input.typeId,
    startAt: input.startAt,
    tariffCode: input.tariffCode.toUpperCase(),
    departmentId: input.departmentId ?? null,
  };
  let swept = false;
  let built = false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const pre = await readHoldPrecheck(em, { slot, insurerId: booker.insurerId, key: { scope, key }, now });
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
    if (!pre.clinic_id || !pre.tariff_code)
      throw await whyNotOffered(em, { insurerId: booker.insurerId, bookId: input.bookId, now });
    const beyond = beyondHorizon(input.startAt, now);
    if (beyond) throw beyond;
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
    const endAt = pre.end_at;
    const change = changeWindow({ restrictions: restrictionsFromRow(pre), startAt: input.startAt, now });
    const result: HoldResult = {
      holdId: randomUUID(),
      bookId: input.bookId,
      typeId: input.typeId,
      tariffCode: pre.tariff_code,
      departmentId: pre.department_id,
      startAt: input.startAt,
      endAt,
      expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
      changeableUntil: change.changeableUntil,
      canChange: change.verdict.ok,
    };
    try {
      const held = await writeHold(em, {
        slot,
        endAt,
        booker: bookerRef(booker),
        holdId: result.holdId,
        departmentId: result.departmentId,
        expiresAt: result.expiresAt,
        now,
        key: { scope, key, requestHash: key ? requestHash(input) : null },
        answer: encodeAnswer(result),
      });
      if (held) return result;
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
