// «Nytt passord»: the page a reset link opens. The new password ends every session of the account; the user then
// signs in with it (and its second factor).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  ErrorState,
  LoadingState,
  PlainLayout,
  apiErrorText,
  fieldErrorTexts,
  readApiError,
  useLocale,
  usePageTitle,
  useTRPC,
} from '@bn/ui';
import { useAdminT } from '../i18n/use-admin-t.js';
import { PasswordFields, linkToken } from './password-fields.js';

export function ResetPasswordPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [token] = useState(linkToken);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  usePageTitle(t('reset.heading'));
  const info = useQuery(trpc.auth.linkInfo.queryOptions({ token }, { enabled: token.length > 0, retry: false }));
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const error = reset.error ? readApiError(reset.error) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const differ = password !== repeat;
    setMismatch(differ);
    if (!differ && !reset.isPending) reset.mutate({ token, password });
  };

  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t('reset.heading')}</h1>
        {reset.isSuccess ? (
          <p role="status">{t('reset.done')}</p>
        ) : !token ? (
          <p role="alert">{t('account.link.missing')}</p>
        ) : info.isPending ? (
          <LoadingState label={t('account.link.checking')} />
        ) : info.isError ? (
          <ErrorState error={info.error} onRetry={() => void info.refetch()} retrying={info.isFetching} />
        ) : (
          <>
            <p>{t('reset.intro', { email: info.data.email })}</p>
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
                <button type="submit" className="button" disabled={reset.isPending}>
                  {t('reset.submit')}
                </button>
              </div>
            </form>
          </>
        )}
        <p>
          <Link to="/">{t('account.toSignIn')}</Link>
        </p>
      </section>
    </PlainLayout>
  );
}
