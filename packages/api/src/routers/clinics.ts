import { z } from 'zod';
import { clinicIntegrationInput, clinicPhoneInputSchema, clinicSchema, idSchema } from '@bn/domain';
import {
  clinicAdminProcedure,
  clinicReaderProcedure,
  operatorProcedure,
  roleProcedure,
  router,
  staffProcedure,
} from '../trpc.js';
import { listClinics } from '../use-cases/clinics/list-clinics.js';
import { getClinic } from '../use-cases/clinics/get-clinic.js';
import { createClinic } from '../use-cases/clinics/create-clinic.js';
import { updateClinic } from '../use-cases/clinics/update-clinic.js';
import { setClinicPhone } from '../use-cases/clinics/set-clinic-phone.js';
import { setClinicIntegration } from '../use-cases/clinics/set-clinic-integration.js';
import { notifySeveralDepartments } from '../use-cases/clinics/notify-several-departments.js';
import { listDepartmentNotices } from '../use-cases/clinics/list-department-notices.js';

const clinicId = z.object({ clinicId: idSchema });

export const clinicsRouter = router({
  list: clinicReaderProcedure.query(({ ctx }) => listClinics({ em: ctx.em, user: ctx.user })),
  get: clinicReaderProcedure
    .input(clinicId)
    .query(({ ctx, input }) => getClinic({ em: ctx.em, user: ctx.user, clinicId: input.clinicId })),
  create: operatorProcedure
    .input(clinicSchema)
    .mutation(({ ctx, input }) => createClinic({ em: ctx.em, user: ctx.user, input, now: ctx.now() })),
  /** The clinic's admin changes only the name and the cap on self-bookings. */
  update: roleProcedure('network_operator', 'clinic_admin')
    .input(clinicSchema)
    .mutation(({ ctx, input }) => updateClinic({ em: ctx.em, user: ctx.user, input, now: ctx.now() })),
  /** The clinic's own admin: the phone number agents see with its times and bookings. */
  setPhone: clinicAdminProcedure
    .input(clinicPhoneInputSchema)
    .mutation(({ ctx, input }) => setClinicPhone({ em: ctx.em, user: ctx.user, input })),
  setIntegration: staffProcedure
    .input(clinicIntegrationInput)
    .mutation(({ ctx, input }) => setClinicIntegration({ em: ctx.em, user: ctx.user, ...input })),
  notifySeveralDepartments: clinicAdminProcedure
    .input(clinicId)
    .mutation(({ ctx, input }) =>
      notifySeveralDepartments({ em: ctx.em, user: ctx.user, clinicId: input.clinicId, now: ctx.now() }),
    ),
  departmentNotices: staffProcedure.query(({ ctx }) => listDepartmentNotices({ em: ctx.em })),
});
