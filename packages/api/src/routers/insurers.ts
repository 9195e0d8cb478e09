import { z } from 'zod';
import { idSchema, insurerSchema } from '@bn/domain';
import { authedProcedure, operatorProcedure, router } from '../trpc.js';
import { listInsurers } from '../use-cases/insurers/list-insurers.js';
import { upsertInsurer } from '../use-cases/insurers/upsert-insurer.js';
import { deleteInsurer } from '../use-cases/insurers/delete-insurer.js';

export const insurersRouter = router({
  list: authedProcedure.query(({ ctx }) => listInsurers({ em: ctx.em, user: ctx.user })),
  upsert: operatorProcedure
    .input(insurerSchema)
    .mutation(({ ctx, input }) => upsertInsurer({ em: ctx.em, user: ctx.user, input })),
  delete: operatorProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteInsurer({ em: ctx.em, user: ctx.user, id: input.id })),
});
