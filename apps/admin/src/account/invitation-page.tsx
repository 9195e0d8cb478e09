// «Invitasjon»: the page an invitation's link opens. The user chooses its password and is signed in; a role that
// reads patient data then enrols its second factor (the session gate shows that step) before anything else.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ROLE_LABELS, secondFactorRequired } from '@bn/domain';
import {
  ErrorState,
  LoadingState,
  PlainLayout,
  apiErrorText,
  fieldErrorTexts,
  readApiError,
  resetSessionCache,
  useLocale,
  usePageTitle,
  useTRPC,
} from '@bn/ui';
import { useAdminT } from '../i18n/use-admin-t.js';
import { PasswordFields, linkToken } from './password-fields.js';

export function InvitationPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [token] = useState(linkToken);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  usePageTitle(t('invitation.heading'));
  const info = useQuery(trpc.auth.linkInfo.queryOptions({ token }, { enabled: token.length > 0, retry: false }));
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: (user) => {
        if (user?.role === 'insurer_agent') return window.location.assign('/agent/');
        resetSessionCache(queryClient, trpc.auth.me.queryKey(), user);
        void navigate('/', { replace: true });
      },
    }),
  );
  const error = accept.error ? readApiError(accept.error) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const differ = password !== repeat;
    setMismatch(differ);
    if (!differ && !accept.isPending) accept.mutate({ token, password });
  };

  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t('invitation.heading')}</h1>
        {!token ? (
          <p role="alert">{t('account.link.missing')}</p>
        ) : info.isPending ? (
          <LoadingState label={t('account.link.checking')} />
        ) : info.isError ? (
          <>
            <ErrorState error={info.error} onRetry={() => void info.refetch()} retrying={info.isFetching} />
            <a href="/admin/glemt-passord">{t('signIn.forgot')}</a>
          </>
        ) : (
          <>
            <p>
              {t('invitation.intro', {
                name: info.data.name,
                email: info.data.email,
                role: ROLE_LABELS[info.data.role][locale],
              })}
            </p>
            {secondFactorRequired(info.data.role) && <p className="muted">{t('invitation.secondFactor')}</p>}
            {error && (
              <div role="alert" className="alert alert-error">
                {apiErrorText(error, locale, t('error.network'))}
              </div>
            )}
            <form className="form" onSubmit={submit} noValidate>
              <PasswordFields
                password={password}
                repeat={repeat}
                onPassword={setPassword}
                onRepeat={setRepeat}
                error={error ? fieldErrorTexts(error, locale).password : undefined}
                mismatch={mismatch}
              />
              <div className="actions">
                <button type="submit" className="button" disabled={accept.isPending}>
                  {t('invitation.submit')}
                </button>
              </div>
            </form>
          </>
        )}
      </section>
    </PlainLayout>
  );
}
