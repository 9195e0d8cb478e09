// A save refused before asking the server, shaped like the server's own refusal so the form shows and focuses it the
// same way: a required choice not made (worded by the form), or the very input schema the server runs (@bn/domain)
// refusing the value (issue codes, worded like the server's).
import { checkInput, type InputSchema } from '@bn/domain';
import type { FieldIssue } from '../api/api-error.js';

function localRefusal(appCode: 'BAD_INPUT' | 'VALIDATION', issues: FieldIssue[]): Error {
  return Object.assign(new Error(appCode), { data: { appCode, httpStatus: 400, issues } });
}

/** `[path, value, sentence]` for each required choice; an error when any is empty, else null. */
export function missingChoices(
  checks: readonly (readonly [string, string | null | undefined, string])[],
): Error | null {
  const issues: FieldIssue[] = checks.filter(([, value]) => !value).map(([path, , text]) => ({ path: [path], text }));
  return issues.length === 0 ? null : localRefusal('VALIDATION', issues);
}

/** The server's input schema run in the browser: the refusal the server would give, or null when it would pass. */
export function schemaRefusal(schema: InputSchema, value: unknown): Error | null {
  const issues = checkInput(schema, value);
  return issues ? localRefusal('BAD_INPUT', issues) : null;
}

/**
 * A mutation's options that check the input with the procedure's own schema before sending it: a refused value never
 * leaves the browser, and its issues stand by their fields exactly as the server's would.
 * `useMutation(checkedBy(tariffSchema, trpc.tariffs.upsert.mutationOptions()))`.
 */
export function checkedBy<O extends { mutationFn?: (input: never, ...rest: never[]) => Promise<unknown> }>(
  schema: InputSchema,
  options: O,
): O {
  const send = options.mutationFn as ((...args: unknown[]) => Promise<unknown>) | undefined;
  if (!send) return options;
  const mutationFn = (...args: unknown[]) => {
    const refused = schemaRefusal(schema, args[0]);
    return refused ? Promise.reject(refused) : send(...args);
  };
  return { ...options, mutationFn };
}
