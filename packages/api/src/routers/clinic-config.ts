import { z } from 'zod';
import { idSchema } from '@bn/domain';
import { clinicReaderProcedure, router } from '../trpc.js';
import { getClinicConfig } from '../use-cases/clinic-config/get-clinic-config.js';

export const clinicConfigRouter = router({
  get: clinicReaderProcedure
    .input(z.object({ clinicId: idSchema }))
    .query(({ ctx, input }) => getClinicConfig({ em: ctx.em, user: ctx.user, clinicId: input.clinicId })),
});
