import { z } from 'zod';
import { changeRoleInput, idSchema, inviteUserInput } from '@bn/domain';
import { operatorProcedure, roleProcedure, router } from '../trpc.js';
import { listUsers } from '../use-cases/accounts/list-users.js';
import { inviteUser } from '../use-cases/accounts/invite-user.js';
import { resendInvitation } from '../use-cases/accounts/resend-invitation.js';
import { setUserActive } from '../use-cases/accounts/set-user-active.js';
import { changeRole } from '../use-cases/accounts/change-role.js';

/** Who gives logins: the operator (anyone), a clinic admin (its clinic's admins and practitioners). */
const accountAdmin = roleProcedure('network_operator', 'clinic_admin');
const userId = z.object({ userId: idSchema });

export const usersRouter = router({
  list: roleProcedure('network_operator', 'support', 'clinic_admin')
    .input(z.object({ clinicId: idSchema.nullish() }))
    .query(({ ctx, input }) => listUsers({ em: ctx.em, actor: ctx.user, clinicId: input.clinicId })),
  invite: accountAdmin
    .input(inviteUserInput)
    .mutation(({ ctx, input }) =>
      inviteUser({ em: ctx.em, actor: ctx.user, input, publicUrl: ctx.publicUrl, now: ctx.now() }),
    ),
  resendInvitation: accountAdmin
    .input(userId)
    .mutation(({ ctx, input }) =>
      resendInvitation({ em: ctx.em, actor: ctx.user, userId: input.userId, publicUrl: ctx.publicUrl, now: ctx.now() }),
    ),
  setActive: accountAdmin
    .input(userId.extend({ active: z.boolean() }))
    .mutation(({ ctx, input }) => setUserActive({ em: ctx.em, actor: ctx.user, ...input, now: ctx.now() })),
  changeRole: operatorProcedure
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeRole({ em: ctx.em, actor: ctx.user, input })),
});
