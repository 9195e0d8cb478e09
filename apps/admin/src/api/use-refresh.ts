import { useCallback } from 'react';
import { partialMatchKey, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@bn/ui';

/**
 * After a configuration change: ask again for everything on screen except the session. One change can move the
 * readiness of many book × type pairs, the audit log and the lists, so a narrower refresh would miss something.
 */
export function useRefreshAfterSave(): () => Promise<void> {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  return useCallback(() => {
    const session = trpc.auth.me.queryKey();
    return queryClient.invalidateQueries({ predicate: (q) => !partialMatchKey(q.queryKey, session) });
  }, [queryClient, trpc]);
}
