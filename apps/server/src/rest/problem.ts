// The public API's refusals: RFC 9457 problem details (application/problem+json) with the stable `code` of the one
// list (errors.ts), the same codes the tRPC procedures answer with, its values and field issues, and an English title.
import type { ErrorRequestHandler, Request, Response } from 'express';
import { UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { databaseUnavailable, RETRY_AFTER_SECONDS } from '@bn/db';
import {
  ERROR_CODES,
  inputIssuesOf,
  isAppError,
  wordError,
  type ErrorCode,
  type InputIssue,
  type WireValues,
} from '@bn/domain';
import { HttpRefusal } from '../http/request-guards.js';
import { logSafeError } from '../logging.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  values?: WireValues;
  issues?: readonly InputIssue[];
}

export function sendProblem(res: Response, code: ErrorCode, values?: WireValues, issues?: readonly InputIssue[]): void {
  const status = ERROR_CODES[code].status;
  const problem: Problem = {
    type: `/api/v1/docs#error-${code}`,
    title: wordError('en', code, values),
    status,
    code,
    ...(values ? { values } : {}),
    ...(issues?.length ? { issues } : {}),
  };
  const retry = retryAfterOf(code, values);
  if (retry > 0) res.setHeader('Retry-After', String(retry));
  res.status(status).type('application/problem+json').send(JSON.stringify(problem));
}

export interface Refusal {
  code: ErrorCode;
  values?: WireValues;
  issues?: readonly InputIssue[];
}

/**
 * What a failure under /api/v1 or /fhir answers: its stable code, never a stack trace, never a sentence with patient
 * data, never a 500 for input. An unexpected failure is logged (without its input) and answered INTERNAL.
 */
export function refusalOf(err: unknown, req: Request): Refusal {
  if (isAppError(err)) return { code: err.code, values: err.values, issues: err.issues };
  if (err instanceof z.ZodError) return { code: 'BAD_INPUT', issues: inputIssuesOf(err) };
  if (databaseUnavailable(err)) return { code: 'UNAVAILABLE' };
  if (err instanceof UniqueConstraintViolationException || err instanceof ForeignKeyConstraintViolationException)
    return { code: 'CONFLICT' };
  if (err instanceof HttpRefusal)
    return { code: err.code, values: err.code === 'BAD_INPUT' ? { reason: 'request' } : undefined };
  const status = typeof err === 'object' && err && 'status' in err && typeof err.status === 'number' ? err.status : 500;
  if (status < 500) return { code: 'BAD_INPUT', values: { reason: 'request' } };
  req.log.error({ err: logSafeError(err) }, 'public API call failed');
  return { code: 'INTERNAL' };
}

/** The seconds a refusal tells the client to wait (Retry-After), 0 for none. */
export function retryAfterOf(code: ErrorCode, values?: WireValues): number {
  const retry = Number(values?.retryAfterSeconds ?? 0) || (code === 'UNAVAILABLE' ? RETRY_AFTER_SECONDS : 0);
  return Math.ceil(retry);
}

/** Every failure under /api/v1 as a problem. */
export const problemHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const r = refusalOf(err, req);
  sendProblem(res, r.code, r.values, r.issues);
};
