// The tRPC wire format (superjson), as the SPAs' client sends and reads it, and the headers both SPAs send.
import superjson from 'superjson';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE } from '@bn/domain';

/** What a browser running one of our SPAs adds to every call: a same-origin fetch with the SPAs' client header. */
export const SPA_HEADERS: Record<string, string> = {
  'sec-fetch-site': 'same-origin',
  [CLIENT_HEADER]: CLIENT_HEADER_VALUE,
};

/** The body of a non-batched call; `superjson.serialize` keeps Dates (and other non-JSON values) as the client would. */
export const trpcBody = (input: unknown) => JSON.stringify(input === undefined ? {} : superjson.serialize(input));

export function trpcPost(input: unknown, cookie?: string, headers: Record<string, string> = SPA_HEADERS): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...(cookie ? { cookie } : {}) },
    body: trpcBody(input),
  };
}

/** A GET of a query, with its input in the URL as the batch link sends it (non-batched). */
export function trpcQueryPath(path: string, input?: unknown): string {
  return input === undefined
    ? `/trpc/${path}`
    : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
}

export interface TrpcEnvelope<T> {
  result?: { data: { json: T } };
  error?: {
    json: {
      message: string;
      data: { code: string; httpStatus: number; appCode: string; details?: Record<string, unknown> | null };
    };
  };
}

/** `name=value` of a Set-Cookie header, to send back as a Cookie header. */
export const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;
