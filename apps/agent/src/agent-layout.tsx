// The agent SPA's frame: the shared shell, the agent's insurer in the header, and the menu.
import { Outlet } from 'react-router';
import { AppShell, useT } from '@bn/ui';
import { useAgentT } from './i18n/agent-messages.js';
import { InsurerBadge } from './insurer-badge.js';
import { PATHS } from './paths.js';

export function AgentLayout() {
  const t = useT();
  const at = useAgentT();
  return (
    <AppShell
      nav={[
        { to: PATHS.search, label: t('agent.nav.search'), end: true },
        { to: PATHS.bookings, label: at('agent.nav.bookings') },
        { to: PATHS.why, label: t('agent.nav.why') },
      ]}
      context={<InsurerBadge />}
    >
      <Outlet />
    </AppShell>
  );
}
