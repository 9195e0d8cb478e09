import { patientAccessInput } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { listPatientAccess } from '../use-cases/access-log/list-patient-access.js';

/** Who has read a patient's data (Normen; pasientjournalloven § 22). */
export const accessLogRouter = router({
  forPatient: clinicAdminProcedure
    .input(patientAccessInput)
    .query(({ ctx, input }) => listPatientAccess({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
