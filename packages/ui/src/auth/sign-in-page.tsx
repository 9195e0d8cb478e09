// E-mail and password sign-in, then the code from the authenticator app where the account has a second factor (the
// server answers SECOND_FACTOR_REQUIRED to a right password without one). Field messages sit under their field.
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
  const [code, setCode] = useState('');
  /** The password was right and the account has a second factor: the form asks for the code. */
  const [codeStep, setCodeStep] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  usePageTitle(null);

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => {
        resetSessionCache(queryClient, trpc.auth.me.queryKey(), user);
        return queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );

  const failure = signIn.error ? readApiError(signIn.error) : null;
  // Asking for the code is the next step, not an error.
  const error = failure?.appCode === 'SECOND_FACTOR_REQUIRED' ? null : failure;
  const fieldErrors = error ? fieldErrorTexts(error, locale) : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate(
      { email, password, ...(codeStep ? { code } : {}) },
      {
        // Put the keyboard where the fix is: the code, the first field with a message, else the password.
        onError: (failure) => {
          const { appCode, issues } = readApiError(failure);
          if (appCode === 'SECOND_FACTOR_REQUIRED') {
            setCodeStep(true);
            // After the code field has rendered.
            setTimeout(() => codeRef.current?.focus());
            return;
          }
          if (codeStep && appCode !== 'INVALID_CREDENTIALS') return codeRef.current?.focus();
          (issues.some((i) => fieldPath(i.path) === 'email') ? emailRef : passwordRef).current?.focus();
        },
      },
    );
  };

  const back = () => {
    setCodeStep(false);
    setCode('');
    signIn.reset();
  };

  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t(codeStep ? 'signIn.code.heading' : 'signIn.heading')}</h1>
        <p className="muted">{t(name === 'admin' ? 'signIn.intro.admin' : 'signIn.intro.agent')}</p>
        {error && (
          <div role="alert" className="alert alert-error">
            {apiErrorText(error, locale, t('error.network'))}
          </div>
        )}
        {/* noValidate: our own (server) messages are shown, in the page's language, instead of the browser's bubbles. */}
        <form className="form" onSubmit={submit} noValidate>
          {codeStep ? (
            <TextField
              ref={codeRef}
              id="sign-in-code"
              label={t('signIn.code')}
              hint={t('signIn.code.hint')}
              autoComplete="one-time-code"
              inputMode="text"
              size="short"
              value={code}
              onChange={setCode}
              error={fieldErrors.code}
            />
          ) : (
            <>
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
            </>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={signIn.isPending}>
              {t(codeStep ? 'signIn.code.submit' : 'signIn.submit')}
            </button>
            {codeStep && (
              <button type="button" className="button button-secondary" onClick={back}>
                {t('signIn.code.back')}
              </button>
            )}
            <span role="status" className="muted">
              {signIn.isPending ? t('signIn.pending') : ''}
            </span>
          </div>
        </form>
        {!codeStep && (
          <p>
            {/* A plain link: the reset pages live in the admin app, also for the agent app's users. */}
            <a href="/admin/glemt-passord">{t('signIn.forgot')}</a>
          </p>
        )}
      </section>
    </PlainLayout>
  );
}
