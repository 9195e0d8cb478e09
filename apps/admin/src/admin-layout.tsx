// The admin SPA's frame: the shared shell with a menu that depends on the signed-in role.
import { Outlet } from 'react-router';
import { AppShell, useSessionUser } from '@bn/ui';
import { navItemsFor } from './nav-items.js';
import { useAdminT } from './i18n/use-admin-t.js';

export function AdminLayout() {
  const t = useAdminT();
  const user = useSessionUser();
  return (
    <AppShell nav={navItemsFor(user, t)}>
      <Outlet />
    </AppShell>
  );
}
