// Entry of the agent SPA (insurer agents), served under /agent/.
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AGENT_ROLES } from '@bn/domain';
import { SpaProviders } from '@bn/ui';
import '@bn/ui/styles.css';
import './agent.css';
import { router } from './router.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <SpaProviders config={{ name: 'agent', allowedRoles: AGENT_ROLES }}>
    <RouterProvider router={router} />
  </SpaProviders>,
);
