import { clinicAuditInput } from '@bn/domain';
import { clinicReaderProcedure, router } from '../trpc.js';
import { listClinicAudit } from '../use-cases/audit/list-clinic-audit.js';

export const auditRouter = router({
  forClinic: clinicReaderProcedure
    .input(clinicAuditInput)
    .query(({ ctx, input }) => listClinicAudit({ em: ctx.em, user: ctx.user, ...input })),
});
