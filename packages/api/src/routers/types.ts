import { z } from 'zod';
import { appointmentTypeSchema, idSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { upsertAppointmentType } from '../use-cases/types/upsert-appointment-type.js';
import { deleteAppointmentType } from '../use-cases/types/delete-appointment-type.js';

export const typesRouter = router({
  upsert: clinicAdminProcedure
    .input(appointmentTypeSchema)
    .mutation(({ ctx, input }) => upsertAppointmentType({ em: ctx.em, user: ctx.user, input })),
  delete: clinicAdminProcedure
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteAppointmentType({ em: ctx.em, user: ctx.user, id: input.id })),
});
