import { z } from 'zod';
import { departmentSchema, idSchema } from '@bn/domain';
import { roleProcedure, router, staffProcedure } from '../trpc.js';
import { upsertDepartment } from '../use-cases/departments/upsert-department.js';
import { deleteDepartment } from '../use-cases/departments/delete-department.js';
import { setDepartmentRegistered } from '../use-cases/departments/set-department-registered.js';

/** The clinic's admin (its own clinics) and support keep the addresses. */
const addressKeeper = roleProcedure('clinic_admin', 'support');

export const departmentsRouter = router({
  upsert: addressKeeper
    .input(departmentSchema)
    .mutation(({ ctx, input }) => upsertDepartment({ em: ctx.em, user: ctx.user, input })),
  delete: addressKeeper
    .input(z.object({ id: idSchema }))
    .mutation(({ ctx, input }) => deleteDepartment({ em: ctx.em, user: ctx.user, id: input.id })),
  setRegistered: staffProcedure
    .input(z.object({ departmentId: idSchema, registered: z.boolean() }))
    .mutation(({ ctx, input }) => setDepartmentRegistered({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
