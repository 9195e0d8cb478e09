import { clinicAuditActorsInput, clinicAuditInput } from '@bn/domain';
import { clinicReaderProcedure, router } from '../trpc.js';
import { listClinicAudit } from '../use-cases/audit/list-clinic-audit.js';
import { listAuditActors } from '../use-cases/audit/list-audit-actors.js';

export const auditRouter = router({
  forClinic: clinicReaderProcedure
    .input(clinicAuditInput)
    .query(({ ctx, input }) => listClinicAudit({ em: ctx.em, user: ctx.user, ...input })),
  actorsForClinic: clinicReaderProcedure
    .input(clinicAuditActorsInput)
    .query(({ ctx, input }) => listAuditActors({ em: ctx.em, user: ctx.user, clinicId: input.clinicId })),
});
