import { z } from 'zod';
import { caseIdSchema, claimByHandSchema, idSchema } from '@bn/domain';
import { clinicAdminProcedure, router } from '../trpc.js';
import { importCaseClaim } from '../use-cases/claims/import-case-claim.js';
import { createClaimByHand } from '../use-cases/claims/create-claim-by-hand.js';
import { deleteClaim } from '../use-cases/claims/delete-claim.js';

/** P2: the clinic admin's claims on its patient cards (the card lists them: `patients.get`). */
export const claimsRouter = router({
  /** A claim with a case id: looked up (ctx.caseLookup) and imported, or the card's K5 claim completed from it. */
  importCase: clinicAdminProcedure
    .input(z.object({ patientId: idSchema, insurerId: idSchema, caseId: caseIdSchema }))
    .mutation(({ ctx, input }) =>
      importCaseClaim({ em: ctx.em, user: ctx.user, caseLookup: ctx.caseLookup, ...input, now: ctx.now() }),
    ),

  /** A claim without a case id. */
  createByHand: clinicAdminProcedure
    .input(z.object({ patientId: idSchema, claim: claimByHandSchema }))
    .mutation(({ ctx, input }) =>
      createClaimByHand({ em: ctx.em, user: ctx.user, patientId: input.patientId, input: input.claim, now: ctx.now() }),
    ),

  /** P2: refused (CLAIM_IN_USE) while a billing card that is not credited uses the claim. */
  delete: clinicAdminProcedure
    .input(z.object({ claimId: idSchema }))
    .mutation(({ ctx, input }) => deleteClaim({ em: ctx.em, user: ctx.user, claimId: input.claimId })),
});
