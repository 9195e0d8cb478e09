// The typed tRPC client for both SPAs. Only the *type* of the router comes from the server package.
import type { AppRouter } from '@bn/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, TRPC_MAX_BATCH_SIZE } from '@bn/domain';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * Same-origin requests to `/trpc`; the session travels in the HttpOnly cookie the server sets. Every request carries
 * the client header the server requires of mutations (its CSRF check), and a batch never holds more calls than the
 * server takes in one request.
 */
export function createApiClient(url = '/trpc') {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        transformer: superjson,
        maxItems: TRPC_MAX_BATCH_SIZE,
        headers: { [CLIENT_HEADER]: CLIENT_HEADER_VALUE },
      }),
    ],
  });
}

/** The query key prefix of `auth.me`, for cache operations outside a component. */
export const SESSION_QUERY_PREFIX = [['auth', 'me']] as const;
