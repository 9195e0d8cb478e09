import { moveAppointment, offeredDepartments, type EntityManager } from '@bn/db';
import { AppError, idempotencyScope, type BookingActor, type MoveBookingInput } from '@bn/domain';
import { idempotent } from './idempotent.js';
import { lockBooking, type LockedBooking } from './lock-booking.js';
import { assertAgentMayChange } from './change-deadline.js';
import { findOffer } from './find-offer.js';
import { healFreeTime, rebuildBookDays, takeFreeSlot } from './slot-sql.js';
import { isDeadlock, isOverlapViolation } from './sql-errors.js';
import { enqueueBookingNotifications } from '../notifications/enqueue-booking-notifications.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';

export interface MoveBookingOptions {
  em: EntityManager;
  /** The booker that made the booking (an agent, an insurer app), or the clinic. */
  actor: BookingActor;
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
 * The department a moved booking is at (T5). Offers are per book × type × department, the same for every time of the
 * book × type, so a move keeps the stored department while the booking's offer (its insurer and tariff) is still at
 * that department — or when nothing is offered any more (a clinic moving a booking whose agreement ended). When the
 * offer is now only at another single department (the type got an address of its own), the booking takes that one;
 * with several other departments and none of them the stored one, the address is unknown (null) rather than wrong.
 */
async function departmentAfterMove(tx: EntityManager, booking: LockedBooking): Promise<string | null> {
  const offered = await offeredDepartments(tx, {
    bookId: booking.bookId,
    typeId: booking.typeId!,
    insurerId: booking.insurerId,
    tariffCode: booking.tariffCode,
  });
  if (offered.length === 0 || (booking.departmentId && offered.includes(booking.departmentId)))
    return booking.departmentId;
  return offered.length === 1 ? offered[0]! : null;
}

/**
 * Moves a booking to another free slot of the same book × type. The appointment keeps its id, case id, claim, note,
 * remark and department (see `departmentAfterMove`); the new slot is taken the way a hold takes one, the old time is given back, the patient is notified.
 * A booker (agent or insurer app) moves only within its insurer's offer and before the cancellation deadline of the old time.
 */
export async function moveBooking({ em, actor, input, idempotencyKey, now }: MoveBookingOptions): Promise<MoveResult> {
  let bookId: string | null = null;
  try {
    return await idempotent({
      em,
      scope: idempotencyScope(actor, 'booking.move'),
      key: idempotencyKey,
      request: input,
      now,
      work: async (tx) => {
        const booking = await lockBooking(tx, actor, input.appointmentId);
        bookId = booking.bookId;
        if (booking.status !== 'active') throw new AppError('APPOINTMENT_NOT_ACTIVE');
        if (!booking.typeId) throw new AppError('NOT_BOOKABLE');
        if (booking.startAt.getTime() === input.startAt.getTime()) {
          return {
            appointmentId: booking.id,
            startAt: booking.startAt,
            endAt: booking.endAt,
            caseId: booking.caseId,
            claimId: booking.claimId,
          };
        }
        if (actor.kind !== 'clinic') {
          await assertAgentMayChange(tx, booking, now, 'move');
          await findOffer(tx, {
            insurerId: actor.insurerId,
            bookId: booking.bookId,
            typeId: booking.typeId,
            tariffCode: booking.tariffCode ?? '',
            startAt: input.startAt,
            now,
          });
        }
        const endAt = await takeFreeSlot(tx, {
          bookId: booking.bookId,
          typeId: booking.typeId,
          startAt: input.startAt,
        });
        const departmentId = await departmentAfterMove(tx, booking);
        await moveAppointment(tx, { appointmentId: booking.id, startAt: input.startAt, endAt, departmentId });
        await rebuildBookDays(tx, booking.bookId, [booking.startAt]);
        await enqueueBookingNotifications(tx, { appointmentId: booking.id, event: 'moved', now });
        await enqueueWebhookEvent(tx, { appointmentId: booking.id, type: 'booking.moved', now });
        return {
          appointmentId: booking.id,
          startAt: input.startAt,
          endAt,
          caseId: booking.caseId,
          claimId: booking.claimId,
        };
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
