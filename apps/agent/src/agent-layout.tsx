// The agent SPA's frame: the shared shell, the agent's insurer in the header, and the menu.
import { Outlet } from 'react-router';
import { AppShell, useT } from '@bn/ui';
import { InsurerBadge } from './insurer-badge.js';

export function AgentLayout() {
  const t = useT();
  return (
    <AppShell nav={[{ to: '/', label: t('agent.nav.search'), end: true }]} context={<InsurerBadge />}>
      <Outlet />
    </AppShell>
  );
}
