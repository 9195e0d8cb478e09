import { signInInput } from '@bn/domain';
import { authedProcedure, publicProcedure, router } from '../trpc.js';
import { SESSION_COOKIE } from '../context.js';
import { signIn } from '../use-cases/auth/sign-in.js';
import { signOut } from '../use-cases/auth/sign-out.js';
import { loadSessionUser } from '../use-cases/auth/load-session-user.js';

export const authRouter = router({
  /** The signed-in user, or null: the SPAs ask this first. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const { token, expiresAt } = await signIn({ em: ctx.em, input, ip: ctx.ip, now: ctx.now() });
    ctx.cookies.set(SESSION_COOKIE, token, { expires: expiresAt });
    const session = await loadSessionUser({ em: ctx.em, token, now: ctx.now() });
    return session?.user ?? null;
  }),

  signOut: authedProcedure.mutation(async ({ ctx }) => {
    await signOut({ em: ctx.em, tokenHash: ctx.sessionTokenHash });
    ctx.cookies.clear(SESSION_COOKIE);
    return { ok: true as const };
  }),
});
