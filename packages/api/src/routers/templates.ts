import { z } from 'zod';
import { idSchema, weekTemplateSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { upsertWeekTemplate } from '../use-cases/templates/upsert-week-template.js';
import { deleteWeekTemplate } from '../use-cases/templates/delete-week-template.js';

export const templatesRouter = router({
  upsert: clinicAdminProcedure
    .input(weekTemplateSchema)
    .mutation(({ ctx, input }) => upsertWeekTemplate({ em: ctx.em, user: ctx.user, input })),
  delete: clinicAdminProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteWeekTemplate({ em: ctx.em, user: ctx.user, id: input.id })),
});
