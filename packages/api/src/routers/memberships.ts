import { z } from 'zod';
import { idSchema, membershipRejectionInput } from '@bn/domain';
import { clinicAdminProcedure, operatorProcedure, router } from '../trpc.js';
import { listMemberships } from '../use-cases/memberships/list-memberships.js';
import { applyMembership } from '../use-cases/memberships/apply-membership.js';
import { decideMembership } from '../use-cases/memberships/decide-membership.js';
import { rejectMembership } from '../use-cases/memberships/reject-membership.js';

export const membershipsRouter = router({
  list: operatorProcedure.query(({ ctx }) => listMemberships({ em: ctx.em })),
  /** `memberships.apply` in the contract: `apply` is a reserved word in tRPC routers (as are `call` and `then`). */
  applyFor: clinicAdminProcedure
    .input(z.object({ practitionerId: idSchema }))
    .mutation(({ ctx, input }) =>
      applyMembership({ em: ctx.em, user: ctx.user, practitionerId: input.practitionerId }),
    ),
  /** A pending application only, with the reason the clinic sees (a rejection never goes through `decide`). */
  reject: operatorProcedure.input(membershipRejectionInput).mutation(({ ctx, input }) =>
    rejectMembership({
      em: ctx.em,
      user: ctx.user,
      practitionerId: input.practitionerId,
      reason: input.reason!,
      now: ctx.now(),
    }),
  ),
  decide: operatorProcedure
    .input(z.object({ practitionerId: idSchema, status: z.enum(['pending', 'approved', 'revoked']) }))
    .mutation(({ ctx, input }) => decideMembership({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
