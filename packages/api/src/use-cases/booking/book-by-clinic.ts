import { randomUUID } from 'node:crypto';
import { insertClinicBooking, type EntityManager } from '@bn/db';
import { AppError, idempotencyScope, type ClinicBookingInput, type SessionUser } from '@bn/domain';
import { recordChange } from '../../audit.js';
import { assertClinicAdmin } from '../../scope.js';
import { idempotent } from './idempotent.js';
import { assertMayReadBooks } from './assert-may-read-books.js';
import { healFreeTime, rebuildBookDays, takeFreeSlot } from './slot-sql.js';
import { isDeadlock, isOverlapViolation } from './sql-errors.js';
import { whyNoFreeSlot } from './why-no-free-slot.js';
import { enqueueBookingNotifications } from '../notifications/enqueue-booking-notifications.js';

export interface BookByClinicOptions {
  em: EntityManager;
  user: SessionUser;
  input: Omit<ClinicBookingInput, 'idempotencyKey'>;
  idempotencyKey?: string | null;
  now: Date;
}

export interface ClinicBookingResult {
  appointmentId: string;
  bookId: string;
  typeId: string;
  startAt: Date;
  endAt: Date;
}

/**
 * The clinic books its own patient into a free time of its book (source `clinic`, «Bestilt av klinikken»). The slot
 * is taken the way a move takes one (`takeFreeSlot`: the book's free-time lock, the conditional delete that decides
 * between concurrent takers, the overlapping slots of other types cleared), so the time leaves the network's search in
 * this very transaction (search_slot follows free_slot by its triggers). The network's online limits (T3) are the
 * insurers' and do not bind the clinic; the past does. A start without a free slot is SLOT_TAKEN, or NOT_ON_GRID /
 * OUTSIDE_HORIZON when no slot starts there at all (`whyNoFreeSlot`, the hold's own check); a day whose free time is
 * not built yet is built first. The patient gets the network's confirmation (K3, K4) and the change log records who
 * booked — without the patient, since support and the operator read the change log too.
 */
export async function bookByClinic({
  em,
  user,
  input,
  idempotencyKey,
  now,
}: BookByClinicOptions): Promise<ClinicBookingResult> {
  assertClinicAdmin(user, input.clinicId);
  const actor = { kind: 'clinic' as const, userId: user.id, clinicIds: user.clinicIds };
  try {
    return await idempotent({
      em,
      scope: idempotencyScope(actor, 'booking.bookByClinic'),
      key: idempotencyKey,
      request: input,
      now,
      work: async (tx) => {
        await assertMayReadBooks(tx, user, input.clinicId, [input.bookId]);
        if (input.startAt < now) throw new AppError('TOO_SOON', { reason: 'past', earliest: now });
        const slot = { bookId: input.bookId, typeId: input.typeId, startAt: input.startAt };
        const endAt = await takeOrBuild(tx, slot, now);
        const appointmentId = randomUUID();
        const written = await insertClinicBooking(tx, {
          appointmentId,
          ...slot,
          endAt,
          patientId: input.patientId,
          createdBy: user.id,
          patientRemark: input.patientRemark,
          note: input.note,
          now,
        });
        // The type or the card is not this clinic's (the book is): nothing was written but the taken slot, rolled back.
        if (!written) throw new AppError('NOT_FOUND');
        await enqueueBookingNotifications(tx, { appointmentId, event: 'booked', now });
        recordChange(tx, user, {
          clinicId: input.clinicId,
          entity: 'appointment',
          entityId: appointmentId,
          action: 'create',
          before: null,
          after: { bookId: input.bookId, typeId: input.typeId, startAt: input.startAt, endAt, source: 'clinic' },
        });
        await tx.flush();
        return { appointmentId, bookId: input.bookId, typeId: input.typeId, startAt: input.startAt, endAt };
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

/** Takes the free slot; when there is none, says why — or builds the day the engine has a slot on and takes it then. */
async function takeOrBuild(
  tx: EntityManager,
  slot: { bookId: string; typeId: string; startAt: Date },
  now: Date,
): Promise<Date> {
  try {
    return await takeFreeSlot(tx, slot);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'SLOT_TAKEN') throw e;
    const why = await whyNoFreeSlot(tx, { ...slot, now });
    if (why !== 'missing') throw why;
    // Either the day is not built yet, or an appointment covers the time: after the rebuild only the first is free.
    await rebuildBookDays(tx, slot.bookId, [slot.startAt]);
    return takeFreeSlot(tx, slot);
  }
}
