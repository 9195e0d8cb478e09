import { z } from 'zod';
import { createPatientInput, idSchema, nationalIdSchema, patientSearchInput } from '@bn/domain';
import { clinicAdminProcedure, roleProcedure, router } from '../trpc.js';
import { assertClinicAdmin } from '../scope.js';
import { getPatientCard } from '../use-cases/patients/get-patient-card.js';
import { findPatientByNationalId } from '../use-cases/patients/find-patient-by-national-id.js';
import { takeOverBookingDetails } from '../use-cases/patients/take-over-booking-details.js';
import { searchPatients } from '../use-cases/patients/search-patients.js';
import { createPatient } from '../use-cases/patients/create-patient.js';

/** Patient cards: only the clinic's admins, and a practitioner for patients in its own books. Every read is logged. */
const patientReaderProcedure = roleProcedure('clinic_admin', 'practitioner');

export const patientsRouter = router({
  get: patientReaderProcedure
    .input(z.object({ patientId: idSchema }))
    .query(({ ctx, input }) =>
      getPatientCard({ em: ctx.em, user: ctx.user, patientId: input.patientId, now: ctx.now() }),
    ),

  /**
   * A mutation, so the national id travels in a POST body and never in a URL (access logs, proxies, browser history
   * keep URLs). A GET of it is refused (405). The read is recorded in the access log like any other.
   */
  findByNationalId: patientReaderProcedure
    .input(z.object({ clinicId: idSchema, nationalId: nationalIdSchema }))
    .mutation(({ ctx, input }) => {
      if (ctx.user.role === 'clinic_admin') assertClinicAdmin(ctx.user, input.clinicId);
      return findPatientByNationalId({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() });
    }),

  /**
   * The clinic's patients by name, phone or national id. A mutation for the same reason as `findByNationalId`: the
   * words searched for (often a national id or a name) travel in the body, never in a URL. Every hit is logged.
   */
  search: patientReaderProcedure
    .input(patientSearchInput)
    .mutation(({ ctx, input }) => searchPatients({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),

  /** A card the clinic makes itself; one per clinic × national id (PATIENT_EXISTS names the card it already has). */
  create: clinicAdminProcedure
    .input(createPatientInput)
    .mutation(({ ctx, input }) => createPatient({ em: ctx.em, user: ctx.user, patient: input, now: ctx.now() })),

  /** The clinic takes the details a booking was made with over onto its card (a booking never changes the card itself). */
  takeOverBookingDetails: clinicAdminProcedure
    .input(z.object({ appointmentId: idSchema }))
    .mutation(({ ctx, input }) =>
      takeOverBookingDetails({ em: ctx.em, user: ctx.user, appointmentId: input.appointmentId, now: ctx.now() }),
    ),
});
