// The public API's refusals: RFC 9457 problem details (application/problem+json) with the stable `code` of the one
// list (errors.ts), the same codes the tRPC procedures answer with, its values and field issues, and an English title.
import type { ErrorRequestHandler, Response } from 'express';
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
  const retry = Number(values?.retryAfterSeconds ?? 0) || (code === 'UNAVAILABLE' ? RETRY_AFTER_SECONDS : 0);
  if (retry > 0) res.setHeader('Retry-After', String(Math.ceil(retry)));
  res.status(status).type('application/problem+json').send(JSON.stringify(problem));
}

/** Every failure under /api/v1 as a problem: never a stack trace, never a sentence with patient data, never a 500 for input. */
export const problemHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  if (isAppError(err)) return sendProblem(res, err.code, err.values, err.issues);
  if (err instanceof z.ZodError) return sendProblem(res, 'BAD_INPUT', undefined, inputIssuesOf(err));
  if (databaseUnavailable(err)) return sendProblem(res, 'UNAVAILABLE');
  if (err instanceof UniqueConstraintViolationException || err instanceof ForeignKeyConstraintViolationException)
    return sendProblem(res, 'CONFLICT');
  if (err instanceof HttpRefusal)
    return sendProblem(res, err.code, err.code === 'BAD_INPUT' ? { reason: 'request' } : undefined);
  const status = typeof err === 'object' && err && 'status' in err && typeof err.status === 'number' ? err.status : 500;
  if (status < 500) return sendProblem(res, 'BAD_INPUT', { reason: 'request' });
  req.log.error({ err: logSafeError(err) }, 'public API call failed');
  sendProblem(res, 'INTERNAL');
};
