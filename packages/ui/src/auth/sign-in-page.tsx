// E-mail and password sign-in. Messages come from the server (Norwegian); field messages sit under their field.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.js';
import { apiErrorText, fieldErrorTexts, fieldPath, readApiError } from '../api/api-error.js';
import { resetSessionCache } from '../api/query-client.js';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { PlainLayout } from '../layout/plain-layout.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useSpa } from '../spa/spa-context.js';
import { TextField } from '../forms/text-field.js';

export function SignInPage() {
  const t = useT();
  const { locale } = useLocale();
  const { name } = useSpa();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  usePageTitle(null);

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => {
        resetSessionCache(queryClient, trpc.auth.me.queryKey(), user);
        return queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );

  const error = signIn.error ? readApiError(signIn.error) : null;
  const fieldErrors = error ? fieldErrorTexts(error, locale) : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate(
      { email, password },
      {
        // Put the keyboard where the fix is: the first field with a message, else the password.
        onError: (failure) => {
          const { issues } = readApiError(failure);
          (issues.some((i) => fieldPath(i.path) === 'email') ? emailRef : passwordRef).current?.focus();
        },
      },
    );
  };

  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t('signIn.heading')}</h1>
        <p className="muted">{t(name === 'admin' ? 'signIn.intro.admin' : 'signIn.intro.agent')}</p>
        {error && (
          <div role="alert" className="alert alert-error">
            {apiErrorText(error, locale, t('error.network'))}
          </div>
        )}
        {/* noValidate: our own (server) messages are shown, in the page's language, instead of the browser's bubbles. */}
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            ref={emailRef}
            id="sign-in-email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
          />
          <TextField
            ref={passwordRef}
            id="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={signIn.isPending}>
              {t('signIn.submit')}
            </button>
            <span role="status" className="muted">
              {signIn.isPending ? t('signIn.pending') : ''}
            </span>
          </div>
        </form>
      </section>
    </PlainLayout>
  );
}
