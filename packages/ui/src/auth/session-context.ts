// The signed-in user of this SPA and how to end the session; provided by <SessionGate>.
import { createContext, useContext } from 'react';
import type { SessionUser } from '@bn/domain';

export interface Session {
  user: SessionUser;
  signOut: () => void;
  signingOut: boolean;
  /** The server could not end the session (e.g. no network); the user stays signed in. */
  signOutFailed: boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionGate>');
  return session;
}

/** Shorthand for the signed-in user. */
export function useSessionUser(): SessionUser {
  return useSession().user;
}
