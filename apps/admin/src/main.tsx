// Entry of the admin SPA (network operator, support, clinic admins, practitioners), served under /admin/.
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ADMIN_ROLES } from '@bn/domain';
import { SpaProviders } from '@bn/ui';
import '@bn/ui/styles.css';
import { router } from './router.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <SpaProviders config={{ name: 'admin', allowedRoles: ADMIN_ROLES }}>
    <RouterProvider router={router} />
  </SpaProviders>,
);
