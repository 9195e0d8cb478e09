// The agent SPA's frame: the shared shell, the agent's insurer in the header, and the menu.
import { Outlet } from 'react-router';
import { AppShell, useT } from '@bn/ui';
import { InsurerBadge } from './insurer-badge.js';
import { PATHS } from './paths.js';

export function AgentLayout() {
  const t = useT();
  return (
    <AppShell
      nav={[
        { to: PATHS.search, label: t('agent.nav.search'), end: true },
        { to: PATHS.why, label: t('agent.nav.why') },
      ]}
      context={<InsurerBadge />}
    >
      <Outlet />
    </AppShell>
  );
}
