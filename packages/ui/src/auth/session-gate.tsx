// Decides what the SPA shows: sign-in, a note for users of the other app, or the app itself for the right roles.
import { useMemo, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../api/trpc.js';
import { readApiError } from '../api/api-error.js';
import { resetSessionCache } from '../api/query-client.js';
import { useT } from '../i18n/translate.js';
import { PlainLayout } from '../layout/plain-layout.js';
import { ErrorState, LoadingState } from '../states/query-states.js';
import { useSpa } from '../spa/spa-context.js';
import { SessionContext, type Session } from './session-context.js';
import { SignInPage } from './sign-in-page.js';
import { EnrolSecondFactorPage } from './enrol-second-factor-page.js';
import { WrongAppPage } from './wrong-app-page.js';

/** Use as the element of the router's root route, so sign-in keeps the address the user asked for. */
export function SessionGate({ children }: { children: ReactNode }) {
  const t = useT();
  const spa = useSpa();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Always stale: a focus on the tab asks again, so a sign-out or another sign-in in another tab shows up here.
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 0 }));

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => endSession(),
      // An already expired session is as good as signed out.
      onError: (error) => {
        if (readApiError(error).appCode === 'UNAUTHENTICATED') endSession();
      },
    }),
  );

  function endSession() {
    // Forget the old user's data first, then start the next one at the app's front page.
    resetSessionCache(queryClient, trpc.auth.me.queryKey(), null);
    void navigate('/', { replace: true });
  }

  const user = me.data;
  const { mutate, isPending, isError } = signOut;
  const session = useMemo<Session | null>(
    () => (user ? { user, signOut: () => mutate(), signingOut: isPending, signOutFailed: isError } : null),
    [user, mutate, isPending, isError],
  );

  if (user === undefined) {
    return (
      <PlainLayout>
        {me.isError ? (
          <ErrorState error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
        ) : (
          <LoadingState label={t('state.loading')} />
        )}
      </PlainLayout>
    );
  }
  if (user === null || !session) return <SignInPage />;
  // A role that reads patient data, without a second factor yet: nothing else until it is enrolled.
  if (user.secondFactor === 'setup_required') return <EnrolSecondFactorPage onSignOut={() => mutate()} />;
  return (
    // Keyed by user: if another tab switched user, every page mounts afresh instead of keeping the old user's state.
    <SessionContext value={session} key={user.id}>
      {spa.allowedRoles.includes(user.role) ? children : <WrongAppPage />}
    </SessionContext>
  );
}
