// What a refused call answers: the AppError's code and details. Fails the test when the call does not refuse, or
// throws something that is not an AppError (a bug, not a refusal).
import { AppError, type ErrorCode } from '../../errors.js';

export function refusalOf(call: () => unknown): { code: ErrorCode; details: Record<string, unknown> | undefined } {
  try {
    call();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, details: e.details };
    throw e;
  }
  throw new Error('expected a refusal, but the call succeeded');
}

export const codeOf = (call: () => unknown): ErrorCode => refusalOf(call).code;
