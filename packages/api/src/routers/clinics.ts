import { z } from 'zod';
import { idSchema } from '@bn/domain';
import { clinicReaderProcedure, router } from '../trpc.js';
import { listClinics } from '../use-cases/clinics/list-clinics.js';
import { getClinic } from '../use-cases/clinics/get-clinic.js';

export const clinicsRouter = router({
  list: clinicReaderProcedure.query(({ ctx }) => listClinics({ em: ctx.em, user: ctx.user })),

  get: clinicReaderProcedure
    .input(z.object({ clinicId: idSchema }))
    .query(({ ctx, input }) => getClinic({ em: ctx.em, user: ctx.user, clinicId: input.clinicId })),
});
