import {
  setPasswordByLinkInput,
  linkInfoInput,
  requestPasswordResetInput,
  signInInput,
  totpCodeSchema,
  SECOND_FACTOR_ROLES,
  ROLES,
} from '@bn/domain';
import { z } from 'zod';
import { publicProcedure, roleProcedure, router, sessionProcedure } from '../trpc.js';
import { SESSION_COOKIE } from '../context.js';
import { signIn } from '../use-cases/auth/sign-in.js';
import { signOut } from '../use-cases/auth/sign-out.js';
import { loadSessionUser } from '../use-cases/auth/load-session-user.js';
import { peekAccountLink } from '../use-cases/accounts/account-links.js';
import { setPasswordByLink } from '../use-cases/accounts/accept-invitation.js';
import { requestPasswordReset } from '../use-cases/accounts/request-password-reset.js';
import {
  beginEnrolment,
  confirmEnrolment,
  disableSecondFactor,
} from '../use-cases/accounts/second-factor-enrolment.js';

/** The roles a second factor is optional for may switch it off; the others never (SECOND_FACTOR_ROLES). */
const optionalSecondFactor = roleProcedure(...ROLES.filter((r) => !SECOND_FACTOR_ROLES.includes(r)));
const code = z.object({ code: totpCodeSchema });

export const authRouter = router({
  /** The signed-in user, or null: the SPAs ask this first. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const { token, expiresAt } = await signIn({ em: ctx.em, input, ip: ctx.ip, now: ctx.now() });
    ctx.cookies.set(SESSION_COOKIE, token, { expires: expiresAt });
    const session = await loadSessionUser({ em: ctx.em, token, now: ctx.now() });
    return session?.user ?? null;
  }),

  signOut: sessionProcedure.mutation(async ({ ctx }) => {
    await signOut({ em: ctx.em, tokenHash: ctx.sessionTokenHash });
    ctx.cookies.clear(SESSION_COOKIE);
    return { ok: true as const };
  }),

  /** What an invitation or reset link's page greets with; the link stays unused. */
  linkInfo: publicProcedure
    .input(linkInfoInput)
    .query(({ ctx, input }) => peekAccountLink(ctx.em, { token: input.token, now: ctx.now() })),

  /** The invitation's password; signs in (to enrol the second factor first where the role requires one). */
  acceptInvitation: publicProcedure.input(setPasswordByLinkInput).mutation(async ({ ctx, input }) => {
    const { session } = await setPasswordByLink({ em: ctx.em, purpose: 'invitation', input, now: ctx.now() });
    if (!session) return null;
    ctx.cookies.set(SESSION_COOKIE, session.token, { expires: session.expiresAt });
    return (await loadSessionUser({ em: ctx.em, token: session.token, now: ctx.now() }))?.user ?? null;
  }),

  /** Always `{ ok: true }`: whether the address has an account is never told. */
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) =>
      requestPasswordReset({ em: ctx.em, email: input.email, ip: ctx.ip, publicUrl: ctx.publicUrl, now: ctx.now() }),
    ),

  resetPassword: publicProcedure.input(setPasswordByLinkInput).mutation(async ({ ctx, input }) => {
    await setPasswordByLink({ em: ctx.em, purpose: 'password_reset', input, now: ctx.now() });
    return { ok: true as const };
  }),

  beginTotp: sessionProcedure.mutation(({ ctx }) => beginEnrolment({ em: ctx.em, user: ctx.user, now: ctx.now() })),

  confirmTotp: sessionProcedure.input(code).mutation(({ ctx, input }) =>
    confirmEnrolment({
      em: ctx.em,
      user: ctx.user,
      now: ctx.now(),
      code: input.code,
      sessionTokenHash: ctx.sessionTokenHash,
    }),
  ),

  disableTotp: optionalSecondFactor
    .input(code)
    .mutation(({ ctx, input }) =>
      disableSecondFactor({ em: ctx.em, user: ctx.user, now: ctx.now(), code: input.code }),
    ),
});
