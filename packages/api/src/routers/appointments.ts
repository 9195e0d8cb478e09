import { appointmentsForBooksInput } from '@bn/domain';
import { roleProcedure, router } from '../trpc.js';
import { listBookAppointments } from '../use-cases/booking/list-book-appointments.js';
import { listFreeTime } from '../use-cases/appointments/list-free-time.js';

/** The clinic's books with their appointments (K1, K2): the clinic's admins, and practitioners for their own books. */
export const appointmentsRouter = router({
  forBooks: roleProcedure('clinic_admin', 'practitioner')
    .input(appointmentsForBooksInput)
    .query(({ ctx, input }) => listBookAppointments({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),

  /** The books' free time from now on: shown in the calendar, and the times a booking can be moved to. */
  freeTime: roleProcedure('clinic_admin', 'practitioner')
    .input(appointmentsForBooksInput)
    .query(({ ctx, input }) => listFreeTime({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
