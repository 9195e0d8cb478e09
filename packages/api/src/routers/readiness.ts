import { z } from 'zod';
import { idSchema, osloDate } from '@bn/domain';
import { clinicReaderProcedure, router } from '../trpc.js';
import { getClinicReadiness } from '../use-cases/readiness/get-clinic-readiness.js';

export const readinessRouter = router({
  forClinic: clinicReaderProcedure
    .input(z.object({ clinicId: idSchema }))
    .query(({ ctx, input }) =>
      getClinicReadiness({ em: ctx.em, user: ctx.user, clinicId: input.clinicId, today: osloDate(ctx.now()) }),
    ),
});
