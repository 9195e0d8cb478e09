import type { EntityManager } from '@bn/db';
import type { InsurerAppBooker, SlotRef } from '@bn/domain';
import { AppError } from '@bn/domain';
import { cancelBooking } from '../booking/cancel-booking.js';
import { moveBooking } from '../booking/move-booking.js';
import { getApiBooking, type ApiBooking } from './api-booking.js';

interface ChangeOptions {
  em: EntityManager;
  booker: InsurerAppBooker;
  appointmentId: string;
  idempotencyKey: string | null;
  now: Date;
}

/** `DELETE /api/v1/bookings/{id}`: cancels on the patient's behalf, under the agent's deadline (T3). */
export async function cancelForApp(o: ChangeOptions): Promise<ApiBooking> {
  await cancelBooking({
    em: o.em.fork(),
    actor: o.booker,
    input: { appointmentId: o.appointmentId, reason: null },
    idempotencyKey: o.idempotencyKey,
    now: o.now,
  });
  return getApiBooking({
    em: o.em,
    booker: o.booker,
    appointmentId: o.appointmentId,
    now: o.now,
    what: 'avbestilling',
  });
}

/** `POST /api/v1/bookings/{id}/move`: to another time of the same book × type (a slot id from the search). */
export async function moveForApp(o: ChangeOptions & { slot: SlotRef }): Promise<ApiBooking> {
  const current = await getApiBooking({ em: o.em, booker: o.booker, appointmentId: o.appointmentId, now: o.now });
  // A move keeps book, type and tariff (booking.move); a slot of another book is not this booking's time.
  if (!current.tariff || current.tariff.code !== o.slot.tariffCode)
    throw new AppError('NOT_ON_GRID', { reason: 'no_slot' });
  await moveBooking({
    em: o.em.fork(),
    actor: o.booker,
    input: { appointmentId: o.appointmentId, startAt: o.slot.startAt },
    idempotencyKey: o.idempotencyKey,
    now: o.now,
  });
  return getApiBooking({ em: o.em, booker: o.booker, appointmentId: o.appointmentId, now: o.now, what: 'flytting' });
}
