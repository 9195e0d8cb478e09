import { z } from 'zod';
import { agreementSchema, idSchema } from '@bn/domain';
import { clinicReaderProcedure, operatorProcedure, router } from '../trpc.js';
import { listAgreements } from '../use-cases/agreements/list-agreements.js';
import { upsertAgreement } from '../use-cases/agreements/upsert-agreement.js';

export const agreementsRouter = router({
  /** The network operator may leave out the clinic to list every agreement. */
  list: clinicReaderProcedure
    .input(z.object({ clinicId: idSchema.optional() }).optional())
    .query(({ ctx, input }) => listAgreements({ em: ctx.em, user: ctx.user, clinicId: input?.clinicId })),
  upsert: operatorProcedure
    .input(agreementSchema)
    .mutation(({ ctx, input }) => upsertAgreement({ em: ctx.em, user: ctx.user, input })),
});
