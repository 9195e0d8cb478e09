import { AppError } from '@bn/domain';
import { Insurer } from '@bn/db';
import { agentProcedure, router } from '../trpc.js';
import { listColleagues } from '../use-cases/accounts/list-colleagues.js';

export const agentRouter = router({
  /** The agent's own insurer, shown in the agent SPA's header. */
  insurer: agentProcedure.query(async ({ ctx }) => {
    const insurer = await ctx.em.findOne(Insurer, { id: ctx.insurerId });
    if (!insurer) throw new AppError('NOT_FOUND');
    return { id: insurer.id, name: insurer.name, offersPsychologistBooking: insurer.offersPsychologistBooking };
  }),

  /** The agents of the same insurer (the agent too), for narrowing «Finn booking» to whose bookings. */
  colleagues: agentProcedure.query(({ ctx }) => listColleagues({ em: ctx.em, insurerId: ctx.insurerId })),
});
