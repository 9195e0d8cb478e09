// What a client receives when a procedure fails: the error run through the app's own errorFormatter.
import { TRPCError, getTRPCErrorShape } from '@trpc/server';
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
