import type { EntityManager } from '@bn/db';
import type { ApiBookingBody, InsurerAppBooker } from '@bn/domain';
import { holdSlot } from '../booking/hold-slot.js';
import { confirmBooking } from '../booking/confirm-booking.js';
import { getApiBooking, type ApiBooking } from './api-booking.js';

export interface BookForAppOptions {
  em: EntityManager;
  booker: InsurerAppBooker;
  body: ApiBookingBody;
  /** The request's Idempotency-Key header (required by the REST layer). */
  idempotencyKey: string;
  now: Date;
}

/**
 * `POST /api/v1/bookings`: the agent's two steps in one call — hold the slot, confirm it with the patient — through the
 * same use cases, under the same Idempotency-Key (the two operations have their own scopes in the one store). A retry
 * with the key gets the same booking; the same key with another slot or patient is IDEMPOTENCY_KEY_REUSED.
 */
export async function bookForApp({ em, booker, body, idempotencyKey, now }: BookForAppOptions): Promise<ApiBooking> {
  const { slotId: slot, patient } = body;
  const hold = await holdSlot({
    em: em.fork(),
    booker,
    input: {
      bookId: slot.bookId,
      typeId: slot.typeId,
      tariffCode: slot.tariffCode,
      startAt: slot.startAt,
      departmentId: slot.departmentId,
    },
    idempotencyKey,
    now,
  });
  const booking = await confirmBooking({
    em: em.fork(),
    booker,
    input: {
      holdId: hold.holdId,
      patient: {
        nationalId: patient.nationalId,
        name: `${patient.firstName} ${patient.lastName}`,
        phone: patient.phone,
        email: patient.email,
      },
      caseId: body.sakId,
      patientRemark: body.remark,
    },
    idempotencyKey,
    now,
  });
  return getApiBooking({ em, booker, appointmentId: booking.appointmentId, now, what: 'ny bestilling' });
}
