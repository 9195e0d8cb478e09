// A save refused before asking the server (a required choice not made), shaped like the server's own refusal so
// the form shows and focuses it the same way.
import { ERROR_CODES } from '@bn/domain';

export interface LocalIssue {
  path: (string | number)[];
  message: string;
}

/** `[path, value, message]` for each required choice; an error when any is empty, else null. */
export function missingChoices(
  checks: readonly (readonly [string, string | null | undefined, string])[],
): Error | null {
  const issues: LocalIssue[] = checks
    .filter(([, value]) => !value)
    .map(([path, , message]) => ({ path: [path], message }));
  if (issues.length === 0) return null;
  const message = issues.length === 1 ? issues[0]!.message : ERROR_CODES.VALIDATION.nb;
  return Object.assign(new Error(message), { data: { appCode: 'VALIDATION', httpStatus: 400, details: { issues } } });
}
