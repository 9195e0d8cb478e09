import { z } from 'zod';
import { idSchema } from '@bn/domain';
import { clinicReaderProcedure, router } from '../trpc.js';
import { listClinicAudit } from '../use-cases/audit/list-clinic-audit.js';

export const auditRouter = router({
  forClinic: clinicReaderProcedure
    .input(
      z.object({ clinicId: idSchema, limit: z.number().int().min(1).max(200).optional(), before: idSchema.optional() }),
    )
    .query(({ ctx, input }) => listClinicAudit({ em: ctx.em, user: ctx.user, ...input })),
});
