import { Navigate } from 'react-router';
import type { SessionUser } from '@bn/domain';
import { NotFoundPage, useSessionUser } from '@bn/ui';
import { PATHS, clinicPath, singleClinicId } from '../paths.js';

/** Where each role starts. A clinic admin with exactly one clinic goes straight to it. */
function startPath(user: SessionUser): string | null {
  switch (user.role) {
    case 'network_operator':
    case 'support':
      return PATHS.clinics;
    case 'clinic_admin': {
      const only = singleClinicId(user);
      return only ? clinicPath(only) : PATHS.clinics;
    }
    case 'practitioner':
      return PATHS.myPage;
    default:
      return null;
  }
}

export function HomePage() {
  const path = startPath(useSessionUser());
  return path ? <Navigate to={path} replace /> : <NotFoundPage />;
}
