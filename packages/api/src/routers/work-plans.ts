import { workPlanSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { upsertWorkPlan } from '../use-cases/work-plans/upsert-work-plan.js';

export const workPlansRouter = router({
  upsert: clinicAdminProcedure
    .input(workPlanSchema)
    .mutation(({ ctx, input }) => upsertWorkPlan({ em: ctx.em, user: ctx.user, input })),
});
