// The admin SPA's frame: the shared shell with a menu that depends on the signed-in role.
import { Outlet } from 'react-router';
import { AppShell, useSessionUser, useT } from '@bn/ui';
import { navItemsFor } from './nav-items.js';

export function AdminLayout() {
  const t = useT();
  const user = useSessionUser();
  return (
    <AppShell nav={navItemsFor(user, t)}>
      <Outlet />
    </AppShell>
  );
}
