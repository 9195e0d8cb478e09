import type { EntityManager } from '@bn/db';
import type { ApiBookingBody, InsurerAppBooker, SlotRef } from '@bn/domain';
import { holdSlot, type HoldResult } from '../booking/hold-slot.js';
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

/** What the app tells about the patient when it books: the booking body without its slot. */
type AppBookingDetails = Omit<ApiBookingBody, 'slotId'>;

/**
 * The agent's first step for an app (FHIR's `$hold`, and the first half of `POST /api/v1/bookings`): the slot held for
 * HOLD_MINUTES by this key, under its Idempotency-Key.
 */
export async function holdForApp(o: {
  em: EntityManager;
  booker: InsurerAppBooker;
  slot: SlotRef;
  idempotencyKey: string;
  now: Date;
}): Promise<HoldResult> {
  const { slot } = o;
  return holdSlot({
    em: o.em.fork(),
    booker: o.booker,
    input: {
      bookId: slot.bookId,
      typeId: slot.typeId,
      tariffCode: slot.tariffCode,
      startAt: slot.startAt,
      departmentId: slot.departmentId,
    },
    idempotencyKey: o.idempotencyKey,
    now: o.now,
  });
}

/**
 * The agent's second step for an app (FHIR's `$book` of a hold, and the second half of `POST /api/v1/bookings`): the
 * key's hold confirmed with the patient, answered as the API's booking (which writes the access log).
 */
export async function confirmForApp(o: {
  em: EntityManager;
  booker: InsurerAppBooker;
  holdId: string;
  details: AppBookingDetails;
  idempotencyKey: string;
  now: Date;
}): Promise<ApiBooking> {
  const { patient } = o.details;
  const booking = await confirmBooking({
    em: o.em.fork(),
    booker: o.booker,
    input: {
      holdId: o.holdId,
      patient: {
        nationalId: patient.nationalId,
        name: `${patient.firstName} ${patient.lastName}`,
        phone: patient.phone,
        email: patient.email,
      },
      caseId: o.details.sakId,
      patientRemark: o.details.remark,
    },
    idempotencyKey: o.idempotencyKey,
    now: o.now,
  });
  return getApiBooking({
    em: o.em,
    booker: o.booker,
    appointmentId: booking.appointmentId,
    now: o.now,
    what: 'ny bestilling',
  });
}

/**
 * `POST /api/v1/bookings`: the agent's two steps in one call — hold the slot, confirm it with the patient — through the
 * same use cases, under the same Idempotency-Key (the two operations have their own scopes in the one store). A retry
 * with the key gets the same booking; the same key with another slot or patient is IDEMPOTENCY_KEY_REUSED.
 */
export async function bookForApp({ em, booker, body, idempotencyKey, now }: BookForAppOptions): Promise<ApiBooking> {
  const { slotId: slot, ...details } = body;
  const hold = await holdForApp({ em, booker, slot, idempotencyKey, now });
  return confirmForApp({ em, booker, holdId: hold.holdId, details, idempotencyKey, now });
}
