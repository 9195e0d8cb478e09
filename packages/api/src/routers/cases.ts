import { z } from 'zod';
import { idSchema, insurerCaseSchema } from '@bn/domain';
import { operatorProcedure, router } from '../trpc.js';
import { registerCases } from '../use-cases/cases/register-cases.js';
import { listRegisteredCases } from '../use-cases/cases/list-registered-cases.js';

/** How many cases one import may hold: a register's worth at a time, one transaction. */
export const MAX_CASES_PER_IMPORT = 1000;

/** P2: the network operator's register of insurer cases, which the registered case lookup answers from. */
export const casesRouter = router({
  /** One case, or an import of many: all or nothing. */
  register: operatorProcedure
    .input(z.object({ cases: z.array(insurerCaseSchema).min(1).max(MAX_CASES_PER_IMPORT) }))
    .mutation(({ ctx, input }) => registerCases({ em: ctx.em, user: ctx.user, cases: input.cases, now: ctx.now() })),

  list: operatorProcedure
    .input(z.object({ insurerId: idSchema.nullable().default(null) }))
    .query(({ ctx, input }) => listRegisteredCases(ctx.em, input.insurerId)),
});
