import { z } from 'zod';
import { idSchema, typeRuleSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { upsertTypeRule } from '../use-cases/rules/upsert-type-rule.js';
import { deleteTypeRule } from '../use-cases/rules/delete-type-rule.js';

export const rulesRouter = router({
  upsert: clinicAdminProcedure
    .input(typeRuleSchema)
    .mutation(({ ctx, input }) => upsertTypeRule({ em: ctx.em, user: ctx.user, input })),
  delete: clinicAdminProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteTypeRule({ em: ctx.em, user: ctx.user, id: input.id })),
});
