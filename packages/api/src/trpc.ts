// tRPC set-up: error shape, base procedures per audience. Every procedure in the app starts from one of these.
import { initTRPC, TRPCError } from '@trpc/server';
import { UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { wireTransformer } from './wire.js';
import { z } from 'zod';
import {
  AppError,
  ERROR_CODES,
  agentBooker,
  inputIssuesOf,
  isAppError,
  type ErrorCode,
  type Role,
  type SessionUser,
} from '@bn/domain';
import { databaseUnavailable } from '@bn/db';
import type { InnerContext } from './context.js';

/** Every status an ErrorCode declares has its tRPC code here: the compiler refuses a status without one (a 410 once fell through to a 500). */
const TRPC_CODE: Record<(typeof ERROR_CODES)[ErrorCode]['status'], TRPCError['code']> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

function appCodeOf(error: TRPCError): ErrorCode {
  if (isAppError(error.cause)) return error.cause.code;
  // Here, not in a middleware: the session lookup in createContext fails the same way and no middleware sees it.
  if (databaseUnavailable(error.cause)) return 'UNAVAILABLE';
  if (error.cause instanceof z.ZodError) return 'BAD_INPUT';
  switch (error.code) {
    case 'BAD_REQUEST':
    case 'PARSE_ERROR':
      return 'BAD_INPUT';
    case 'UNAUTHORIZED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'TOO_MANY_REQUESTS':
      return 'TOO_MANY_ATTEMPTS';
    default:
      return 'INTERNAL';
  }
}

const t = initTRPC.context<InnerContext>().create({
  // superjson's format, written by a cheaper serializer for plain answers (wire.ts).
  transformer: wireTransformer,
  // Never send stack traces to clients, in any environment.
  isDev: false,
  // A refusal is a code with values, never a sentence: each client words it (packages/domain i18n/refusals).
  errorFormatter({ shape, error }) {
    const appCode = appCodeOf(error);
    const cause = error.cause instanceof AppError ? error.cause : null;
    const issues =
      error.cause instanceof z.ZodError ? inputIssuesOf(error.cause) : cause?.issues ? [...cause.issues] : null;
    const { stack: _stack, ...data } = shape.data;
    // The HTTP status is taken from the formatted shape; the server adds Retry-After for UNAVAILABLE (app.ts).
    const unavailable = appCode === 'UNAVAILABLE' ? { code: 'SERVICE_UNAVAILABLE' as const, httpStatus: 503 } : {};
    return {
      ...shape,
      message: appCode,
      data: {
        ...data,
        ...unavailable,
        appCode,
        values: cause?.values ?? null,
        issues,
      },
    };
  },
});

/** Turns domain errors and database constraint errors into tRPC errors with the right HTTP status. */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isAppError(cause)) {
      throw new TRPCError({
        code: TRPC_CODE[ERROR_CODES[cause.code].status] ?? 'INTERNAL_SERVER_ERROR',
        message: cause.code,
        cause,
      });
    }
    if (
      cause instanceof UniqueConstraintViolationException ||
      cause instanceof ForeignKeyConstraintViolationException
    ) {
      throw new TRPCError({ code: 'CONFLICT', message: 'CONFLICT', cause: new AppError('CONFLICT') });
    }
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(errorMapping);

/**
 * Any session, also one that must enrol a second factor first: only signing out and the enrolment itself use this.
 */
export const sessionProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A signed-in user whose session is complete (a role that reads patient data has passed its second factor). */
export const authedProcedure = sessionProcedure.use(({ ctx, next }) => {
  if (ctx.user.secondFactor === 'setup_required') throw new AppError('SECOND_FACTOR_SETUP_REQUIRED');
  return next();
});

type UserOf<R extends Role> = SessionUser & { role: R };

/** A procedure for the listed roles only; everyone else signed in is FORBIDDEN. */
export function roleProcedure<R extends Role>(...roles: R[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!(roles as Role[]).includes(ctx.user.role)) throw new AppError('FORBIDDEN');
    return next({ ctx: { ...ctx, user: ctx.user as UserOf<R> } });
  });
}

/** The network operator: the whole network. */
export const operatorProcedure = roleProcedure('network_operator');
/** Support and the network operator: read every clinic, help with its set-up. */
export const staffProcedure = roleProcedure('network_operator', 'support');
/** Anyone who may look at a clinic's configuration; scope checked per clinic with `assertClinicAccess`. */
export const clinicReaderProcedure = roleProcedure('network_operator', 'support', 'clinic_admin');
/** Anyone who signs in to the admin app (ADMIN_ROLES): shared reference data such as tariffs and holidays. */
export const adminAppProcedure = roleProcedure('network_operator', 'support', 'clinic_admin', 'practitioner');
/** A clinic admin, scoped to its clinics. */
export const clinicAdminProcedure = roleProcedure('clinic_admin');
/** A practitioner, scoped to its own books. */
export const practitionerProcedure = roleProcedure('practitioner').use(({ ctx, next }) => {
  if (!ctx.user.practitionerId) throw new AppError('FORBIDDEN');
  return next({ ctx: { ...ctx, practitionerId: ctx.user.practitionerId } });
});
/** An insurer agent, scoped to exactly one insurer. */
export const agentProcedure = roleProcedure('insurer_agent').use(({ ctx, next }) => {
  if (!ctx.user.insurerId) throw new AppError('FORBIDDEN');
  return next({
    ctx: { ...ctx, insurerId: ctx.user.insurerId, booker: agentBooker(ctx.user.id, ctx.user.insurerId) },
  });
});
