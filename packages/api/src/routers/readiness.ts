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
  // Who the clinic contacts where only the network can fix its set-up (server configuration, NETWORK_CONTACT_*).
  networkContact: clinicReaderProcedure.query(({ ctx }) => ctx.networkContact),
});
