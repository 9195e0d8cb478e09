import { z } from 'zod';
import { idSchema, MEMBERSHIP_STATUSES } from '@bn/domain';
import { clinicAdminProcedure, operatorProcedure, router } from '../trpc.js';
import { listMemberships } from '../use-cases/memberships/list-memberships.js';
import { applyMembership } from '../use-cases/memberships/apply-membership.js';
import { decideMembership } from '../use-cases/memberships/decide-membership.js';

export const membershipsRouter = router({
  list: operatorProcedure.query(({ ctx }) => listMemberships({ em: ctx.em })),
  /** `memberships.apply` in the contract: `apply` is a reserved word in tRPC routers (as are `call` and `then`). */
  applyFor: clinicAdminProcedure
    .input(z.object({ practitionerId: idSchema }))
    .mutation(({ ctx, input }) =>
      applyMembership({ em: ctx.em, user: ctx.user, practitionerId: input.practitionerId }),
    ),
  decide: operatorProcedure
    .input(z.object({ practitionerId: idSchema, status: z.enum(MEMBERSHIP_STATUSES) }))
    .mutation(({ ctx, input }) => decideMembership({ em: ctx.em, user: ctx.user, ...input, now: ctx.now() })),
});
