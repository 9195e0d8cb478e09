import { createBrowserRouter } from 'react-router';
import { NotFoundPage, RouteErrorPage, SessionGate } from '@bn/ui';
import { AgentLayout } from './agent-layout.js';
import { FindPractitionerPage } from './pages/find-practitioner-page.js';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <SessionGate>
          <AgentLayout />
        </SessionGate>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <FindPractitionerPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/agent' },
);
