import { createBrowserRouter } from 'react-router';
import { NotFoundPage, RequireRole, RouteErrorPage, SessionGate } from '@bn/ui';
import { AdminLayout } from './admin-layout.js';
import { CLINIC_READERS, INSURER_READERS, PATHS, PRACTITIONERS } from './paths.js';
import { HomePage } from './pages/home-page.js';
import { ClinicsPage } from './pages/clinics-page.js';
import { ClinicPage } from './pages/clinic-page.js';
import { InsurersPage } from './pages/insurers-page.js';
import { MyPage } from './pages/my-page.js';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      // Every route, also an unknown one, first needs a signed-in user of this app.
      element: (
        <SessionGate>
          <AdminLayout />
        </SessionGate>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        { path: PATHS.clinics, element: <RequireRole roles={CLINIC_READERS}><ClinicsPage /></RequireRole> },
        { path: `${PATHS.clinics}/:clinicId`, element: <RequireRole roles={CLINIC_READERS}><ClinicPage /></RequireRole> },
        { path: PATHS.insurers, element: <RequireRole roles={INSURER_READERS}><InsurersPage /></RequireRole> },
        { path: PATHS.myPage, element: <RequireRole roles={PRACTITIONERS}><MyPage /></RequireRole> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/admin' },
);
