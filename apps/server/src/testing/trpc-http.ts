// The tRPC wire format (superjson, non-batched), as the SPAs' client sends and reads it.

export const trpcBody = (input: unknown) => JSON.stringify({ json: input });

export function trpcPost(input: unknown, cookie?: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: trpcBody(input) };
}

export interface TrpcEnvelope<T> {
  result?: { data: { json: T } };
  error?: { json: { message: string; data: { code: string; httpStatus: number; appCode: string } } };
}

/** `name=value` of a Set-Cookie header, to send back as a Cookie header. */
export const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;
