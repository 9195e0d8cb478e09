// The admin SPA's frame: the shared shell with a menu that depends on the signed-in role; the staff's menu counts
// what waits for them in the work queue (one small query, refreshed with everything else after a change).
import { Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { AppShell, useSessionUser, useTRPC } from '@bn/ui';
import { navItemsFor } from './nav-items.js';
import { useAdminT } from './i18n/use-admin-t.js';

export function AdminLayout() {
  const t = useAdminT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const staff = user.role === 'network_operator' || user.role === 'support';
  const waiting = useQuery({ ...trpc.workQueue.counts.queryOptions(), enabled: staff });
  return (
    <AppShell nav={navItemsFor(user, t, waiting.data ?? null)}>
      <Outlet />
    </AppShell>
  );
}
