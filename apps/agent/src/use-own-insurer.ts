import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@bn/ui';

/** The agent's insurer (`agent.insurer`): header and search page share one cached answer. */
export function useOwnInsurer() {
  const trpc = useTRPC();
  return useQuery(trpc.agent.insurer.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
