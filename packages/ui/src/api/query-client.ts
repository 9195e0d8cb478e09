// The TanStack Query cache for one SPA: few retries, an expired session sends the user back to sign-in, and
// answers cached for one user are never shown to the next.
import { QueryCache, QueryClient, hashKey, partialMatchKey, type QueryKey } from '@tanstack/react-query';
import { isRetryable, readApiError } from './api-error.js';
import { SESSION_QUERY_PREFIX } from './trpc.js';

function userIdOf(data: unknown): string | null {
  return typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string' ? data.id : null;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session ended elsewhere (expired, signed out in another tab): ask `auth.me` again, which shows sign-in.
        if (readApiError(error).appCode === 'UNAUTHENTICATED') {
          void client.invalidateQueries({ queryKey: SESSION_QUERY_PREFIX });
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && isRetryable(error),
        staleTime: 30_000,
      },
    },
  });

  // Another tab may sign in as someone else; when `auth.me` comes back with a different user, drop the rest of
  // the cache before React renders that user's pages.
  let sessionUserId: string | null | undefined;
  client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (!partialMatchKey(event.query.queryKey as QueryKey, SESSION_QUERY_PREFIX)) return;
    const userId = userIdOf(event.query.state.data);
    if (sessionUserId !== undefined && userId !== sessionUserId) removeAllBut(client, event.query.queryHash);
    sessionUserId = userId;
  });
  return client;
}

function removeAllBut(client: QueryClient, keepHash: string): void {
  client.removeQueries({ predicate: (query) => query.queryHash !== keepHash });
}

/**
 * Starts a new session view (after sign-in or sign-out): forgets every cached answer from before and sets what
 * `auth.me` now says, so the UI switches at once.
 */
export function resetSessionCache(client: QueryClient, sessionKey: QueryKey, user: unknown): void {
  client.setQueryData(sessionKey, user);
  removeAllBut(client, hashKey(sessionKey));
}
