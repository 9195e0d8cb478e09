import {
  agentBookingsInput,
  cancelBookingInput,
  clinicBookingInput,
  confirmBookingInput,
  extendHoldInput,
  findInsurerBookingsInput,
  holdSlotInput,
  markNoShowInput,
  moveBookingInput,
  releaseHoldInput,
  resendConfirmationInput,
  actorOfUser,
  AppError,
} from '@bn/domain';
import { agentProcedure, clinicAdminProcedure, roleProcedure, router } from '../trpc.js';
import { holdSlot } from '../use-cases/booking/hold-slot.js';
import { confirmBooking } from '../use-cases/booking/confirm-booking.js';
import { releaseHold } from '../use-cases/booking/release-hold.js';
import { extendHold } from '../use-cases/booking/extend-hold.js';
import { resendConfirmation } from '../use-cases/booking/resend-confirmation.js';
import { cancelBooking } from '../use-cases/booking/cancel-booking.js';
import { moveBooking } from '../use-cases/booking/move-booking.js';
import { markNoShow } from '../use-cases/booking/mark-no-show.js';
import { bookByClinic } from '../use-cases/booking/book-by-clinic.js';
import { listAgentBookings } from '../use-cases/booking/list-agent-bookings.js';
import { findInsurerBookings } from '../use-cases/booking/find-insurer-bookings.js';

/** Changes a booking after the fact: the agent that made it, or the clinic. */
const bookingChangeProcedure = roleProcedure('insurer_agent', 'clinic_admin').use(({ ctx, next }) => {
  const actor = actorOfUser(ctx.user);
  if (!actor) throw new AppError('FORBIDDEN');
  return next({ ctx: { ...ctx, actor } });
});

/** Booking: the agent holds a slot from the search and confirms it; agent and clinic cancel and move. */
export const bookingRouter = router({
  hold: agentProcedure.input(holdSlotInput).mutation(({ ctx, input: { idempotencyKey, ...input } }) =>
    holdSlot({
      em: ctx.em,
      booker: ctx.booker,
      input,
      idempotencyKey: idempotencyKey ?? ctx.idempotencyKey,
      now: ctx.now(),
    }),
  ),

  confirm: agentProcedure.input(confirmBookingInput).mutation(({ ctx, input: { idempotencyKey, ...input } }) =>
    confirmBooking({
      em: ctx.em,
      booker: ctx.booker,
      input,
      idempotencyKey: idempotencyKey ?? ctx.idempotencyKey,
      now: ctx.now(),
    }),
  ),

  release: agentProcedure
    .input(releaseHoldInput)
    .mutation(({ ctx, input }) => releaseHold({ em: ctx.em, booker: ctx.booker, holdId: input.holdId })),

  /** Once per hold: HOLD_MINUTES more for the form. */
  extendHold: agentProcedure
    .input(extendHoldInput)
    .mutation(({ ctx, input }) => extendHold({ em: ctx.em, booker: ctx.booker, holdId: input.holdId, now: ctx.now() })),

  cancel: bookingChangeProcedure.input(cancelBookingInput).mutation(({ ctx, input: { idempotencyKey, ...input } }) =>
    cancelBooking({
      em: ctx.em,
      actor: ctx.actor,
      input,
      idempotencyKey: idempotencyKey ?? ctx.idempotencyKey,
      now: ctx.now(),
    }),
  ),

  move: bookingChangeProcedure.input(moveBookingInput).mutation(({ ctx, input: { idempotencyKey, ...input } }) =>
    moveBooking({
      em: ctx.em,
      actor: ctx.actor,
      input,
      idempotencyKey: idempotencyKey ?? ctx.idempotencyKey,
      now: ctx.now(),
    }),
  ),

  /** The patient's confirmation once more (any booking of the agent's insurer), through the outbox; throttled. */
  resendConfirmation: agentProcedure
    .input(resendConfirmationInput)
    .mutation(({ ctx, input }) =>
      resendConfirmation({ em: ctx.em, insurerId: ctx.insurerId, appointmentId: input.appointmentId, now: ctx.now() }),
    ),

  /** The bookings this agent made for its insurer. */
  mine: agentProcedure.input(agentBookingsInput).query(({ ctx, input }) =>
    listAgentBookings({
      em: ctx.em,
      agent: { id: ctx.user.id, name: ctx.user.name, insurerId: ctx.insurerId },
      ...input,
      now: ctx.now(),
    }),
  ),

  /**
   * Any booking of the agent's insurer (a colleague's too) by booking reference, national id, SakID, patient or
   * practitioner name, and/or by the days it starts on, narrowed by status and agent. A mutation so
   * the words (often a national id) travel in the body, never in a URL; every patient shown is logged as read.
   */
  find: agentProcedure.input(findInsurerBookingsInput).mutation(({ ctx, input }) =>
    findInsurerBookings({
      em: ctx.em,
      agent: { id: ctx.user.id, name: ctx.user.name, insurerId: ctx.insurerId },
      input,
      now: ctx.now(),
    }),
  ),

  /** The clinic books its own patient into a free time of its own book (source «klinikken»). */
  bookByClinic: clinicAdminProcedure
    .input(clinicBookingInput)
    .mutation(({ ctx, input: { idempotencyKey, ...input } }) =>
      bookByClinic({
        em: ctx.em,
        user: ctx.user,
        input,
        idempotencyKey: idempotencyKey ?? ctx.idempotencyKey,
        now: ctx.now(),
      }),
    ),

  markNoShow: clinicAdminProcedure.input(markNoShowInput).mutation(({ ctx, input }) =>
    markNoShow({
      em: ctx.em,
      actor: { kind: 'clinic', userId: ctx.user.id, clinicIds: ctx.user.clinicIds },
      appointmentId: input.appointmentId,
      now: ctx.now(),
    }),
  ),
});
