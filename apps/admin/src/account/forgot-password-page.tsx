// «Glemt passordet»: asks for a reset link. The answer is the same whether or not the address has an account.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  PlainLayout,
  TextField,
  apiErrorText,
  fieldErrorTexts,
  readApiError,
  useLocale,
  usePageTitle,
  useTRPC,
} from '@bn/ui';
import { useAdminT } from '../i18n/use-admin-t.js';

export function ForgotPasswordPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  usePageTitle(t('forgot.heading'));
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const error = request.error ? readApiError(request.error) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!request.isPending) request.mutate({ email });
  };

  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t('forgot.heading')}</h1>
        {request.isSuccess ? (
          <p role="status">{t('forgot.sent', { email: email.trim() })}</p>
        ) : (
          <>
            <p className="muted">{t('forgot.intro')}</p>
            {error && (
              <div role="alert" className="alert alert-error">
                {apiErrorText(error, locale, t('error.network'))}
              </div>
            )}
            <form className="form" onSubmit={submit} noValidate>
              <TextField
                id="forgot-email"
                label={t('forgot.email')}
                type="email"
                autoComplete="username"
                value={email}
                onChange={setEmail}
                error={error ? fieldErrorTexts(error, locale).email : undefined}
              />
              <div className="actions">
                <button type="submit" className="button" disabled={request.isPending}>
                  {t('forgot.submit')}
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
