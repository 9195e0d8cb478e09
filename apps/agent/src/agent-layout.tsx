// The agent SPA's frame: the shared shell, the agent's insurer and the keyboard shortcuts in the header, and the menu.
import { Outlet } from 'react-router';
import { AppShell } from '@bn/ui';
import { useAgentT } from './i18n/agent-messages.js';
import { InsurerBadge } from './insurer-badge.js';
import { PATHS } from './paths.js';
import { ShortcutsHelp } from './shortcuts/shortcuts-help.js';

export function AgentLayout() {
  const at = useAgentT();
  return (
    <AppShell
      nav={[
        { to: PATHS.search, label: at('agent.nav.search'), end: true },
        { to: PATHS.bookings, label: at('agent.nav.bookings') },
        { to: PATHS.why, label: at('agent.nav.why') },
      ]}
      context={
        <>
          <InsurerBadge />
          <ShortcutsHelp />
        </>
      }
    >
      <Outlet />
    </AppShell>
  );
}
