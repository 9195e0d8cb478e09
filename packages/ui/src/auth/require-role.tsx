import type { ReactNode } from 'react';
import type { Role } from '@bn/domain';
import { ForbiddenPage } from '../pages/forbidden-page.js';
import { useSessionUser } from './session-context.js';

/** Wraps a route for some roles only; the server checks too, this just says it clearly instead of failing a call. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSessionUser();
  return roles.includes(user.role) ? children : <ForbiddenPage />;
}
