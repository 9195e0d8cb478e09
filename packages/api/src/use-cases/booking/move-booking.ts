import type { EntityManager } from '@bn/db';
import { AppError, type MoveBookingInput, type SessionUser } from '@bn/domain';
import { idempotent } from './idempotent.js';
import { lockBooking } from './lock-booking.js';
import { assertAgentMayChange } from './change-deadline.js';
import { findOffer } from './find-offer.js';
import { healFreeTime, rebuildBookDays, takeFreeSlot } from './slot-sql.js';
import { isDeadlock, isOverlapViolation } from './sql-errors.js';
import { enqueueBookingNotifications } from '../notifications/enqueue-booking-notifications.js';

export interface MoveBookingOptions {
  em: EntityManager;
  user: SessionUser;
  input: Omit<MoveBookingInput, 'idempotencyKey'>;
  idempotencyKey?: string | null;
  now: Date;
}

export interface MoveResult {
  appointmentId: string;
  startAt: Date;
  endAt: Date;
  caseId: string | null;
  claimId: string | null;
}

/**
 * Moves a booking to another free slot of the same book × type. The appointment keeps its id, case id, claim, note
 * and remark; the new slot is taken the way a hold takes one, the old time is given back, the patient is notified.
 * An agent moves only within its insurer's offer and before the cancellation deadline of the old time.
 */
export async function moveBooking({ em, user, input, idempotencyKey, now }: MoveBookingOptions): Promise<MoveResult> {
  let bookId: string | null = null;
  try {
    return await idempotent({
      em,
      scope: `${user.id}/booking.move`,
      key: idempotencyKey,
      request: input,
      work: async (tx) => {
        const booking = await lockBooking(tx, user, input.appointmentId);
        bookId = booking.bookId;
        if (booking.status !== 'active') throw new AppError('APPOINTMENT_NOT_ACTIVE');
        if (!booking.typeId) throw new AppError('NOT_BOOKABLE');
        if (booking.startAt.getTime() === input.startAt.getTime()) {
          return { appointmentId: booking.id, startAt: booking.startAt, endAt: booking.endAt, caseId: booking.caseId, claimId: booking.claimId };
        }
        if (user.role === 'insurer_agent') {
          await assertAgentMayChange(tx, booking, now);
          await findOffer(tx, { insurerId: user.insurerId!, bookId: booking.bookId, typeId: booking.typeId, tariffCode: booking.tariffCode ?? '', startAt: input.startAt, now });
        }
        const endAt = await takeFreeSlot(tx, { bookId: booking.bookId, typeId: booking.typeId, startAt: input.startAt });
        await tx.execute('update appointment set start_at = ?, end_at = ? where id = ?', [input.startAt, endAt, booking.id]);
        await rebuildBookDays(tx, booking.bookId, [booking.startAt]);
        await enqueueBookingNotifications(tx, { appointmentId: booking.id, event: 'moved', now });
        return { appointmentId: booking.id, startAt: input.startAt, endAt, caseId: booking.caseId, claimId: booking.claimId };
      },
    });
  } catch (e) {
    if (isOverlapViolation(e) && bookId) {
      await healFreeTime(em, bookId, input.startAt, input.startAt);
      throw new AppError('SLOT_TAKEN');
    }
    if (isDeadlock(e)) throw new AppError('SLOT_TAKEN');
    throw e;
  }
}
