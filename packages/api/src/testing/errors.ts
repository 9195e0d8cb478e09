// What a client receives when a procedure fails: the error run through the app's own errorFormatter.
import { TRPCError, getTRPCErrorShape } from '@trpc/server';
import { wordError, wordIssue, type Locale } from '@bn/domain';
import { appRouter } from '../root.js';

export type ErrorShape = ReturnType<typeof errorShape>;

export function errorShape(error: TRPCError) {
  return getTRPCErrorShape({
    config: appRouter._def._config,
    error,
    type: 'unknown',
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
}

/** Awaits a call that must fail and returns the shape the client would see. */
export async function failureOf(call: Promise<unknown>): Promise<ErrorShape> {
  try {
    await call;
  } catch (e) {
    if (e instanceof TRPCError) return errorShape(e);
    throw e;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** What a person reads for a refusal: the shared sentence of its code and values, in Bokmål unless told. */
export function refusalText(shape: ErrorShape, locale: Locale = 'nb'): string {
  return wordError(locale, shape.data.appCode, shape.data.values ?? undefined);
}

/** What a person reads next to each field: `path.joined.by.dots` → sentence, in Bokmål unless told. */
export function issueTexts(shape: ErrorShape, locale: Locale = 'nb'): Record<string, string> {
  return Object.fromEntries((shape.data.issues ?? []).map((i) => [i.path.join('.'), wordIssue(locale, i)]));
}
