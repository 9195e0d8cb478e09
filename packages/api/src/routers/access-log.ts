import { z } from 'zod';
import { idSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { listPatientAccess } from '../use-cases/access-log/list-patient-access.js';

/** Who has read a patient's data (Normen; pasientjournalloven § 22). */
export const accessLogRouter = router({
  forPatient: clinicAdminProcedure
    .input(z.object({ patientId: idSchema, limit: z.number().int().min(1).max(1000).default(200) }))
    .query(({ ctx, input }) => listPatientAccess({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
