import { z } from 'zod';
import { idSchema, practitionerSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { upsertPractitioner } from '../use-cases/practitioners/upsert-practitioner.js';
import { deletePractitioner } from '../use-cases/practitioners/delete-practitioner.js';

export const practitionersRouter = router({
  upsert: clinicAdminProcedure
    .input(practitionerSchema)
    .mutation(({ ctx, input }) => upsertPractitioner({ em: ctx.em, user: ctx.user, input })),
  delete: clinicAdminProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deletePractitioner({ em: ctx.em, user: ctx.user, id: input.id })),
});
