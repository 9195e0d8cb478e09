// What a refused call answers: the AppError's code and values. Fails the test when the call does not refuse, or
// throws something that is not an AppError (a bug, not a refusal).
import { isAppError, type ErrorCode } from '../../errors.js';
import type { InputIssue } from '../../input-issues.js';

export function refusalOf(call: () => unknown): {
  code: ErrorCode;
  values: Record<string, unknown> | undefined;
  issues?: readonly InputIssue[];
} {
  try {
    call();
  } catch (e) {
    if (isAppError(e)) return { code: e.code, values: e.values, ...(e.issues ? { issues: e.issues } : {}) };
    throw e;
  }
  throw new Error('expected a refusal, but the call succeeded');
}

export const codeOf = (call: () => unknown): ErrorCode => refusalOf(call).code;
