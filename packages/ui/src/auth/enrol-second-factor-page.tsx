// Enrolling the second factor (TOTP): the QR code and key for the authenticator app, the first code to confirm it, and
// the recovery codes shown once. A session whose role reads patient data sees only this until it is done.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.js';
import { apiErrorText, fieldErrorTexts, readApiError } from '../api/api-error.js';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { PlainLayout } from '../layout/plain-layout.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { TextField } from '../forms/text-field.js';
import { ErrorState, LoadingState } from '../states/query-states.js';

export function EnrolSecondFactorPage({ onSignOut }: { onSignOut: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('enrol.heading'));

  const begin = useMutation(trpc.auth.beginTotp.mutationOptions());
  const confirm = useMutation(trpc.auth.confirmTotp.mutationOptions());
  const { mutate: start } = begin;
  // The same key until it is confirmed (the server keeps it), so asking again on a reload is harmless.
  useEffect(() => start(), [start]);

  const done = () => void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirm.isPending) confirm.mutate({ code }, { onError: () => codeRef.current?.focus() });
  };
  const error = confirm.error ? readApiError(confirm.error) : null;

  if (confirm.data) {
    return (
      <PlainLayout>
        <section className="card narrow" aria-labelledby="recovery-heading">
          <h1 id="recovery-heading">{t('enrol.codesHeading')}</h1>
          <p>{t('enrol.codesIntro')}</p>
          <ul className="recovery-codes" aria-label={t('enrol.codesHeading')}>
            {confirm.data.recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button" onClick={done}>
              {t('enrol.codesDone')}
            </button>
          </div>
        </section>
      </PlainLayout>
    );
  }

  return (
    <PlainLayout>
      <section className="card narrow">
        <h1>{t('enrol.heading')}</h1>
        <p className="muted">{t('enrol.intro')}</p>
        {begin.isError ? (
          <ErrorState error={begin.error} onRetry={() => start()} retrying={begin.isPending} />
        ) : !begin.data ? (
          <LoadingState label={t('enrol.preparing')} />
        ) : (
          <>
            <p>{t('enrol.step1')}</p>
            <img className="qr-code" src={begin.data.qrDataUrl} alt={t('enrol.qrAlt')} width={200} height={200} />
            <p>
              {t('enrol.secret')}:{' '}
              <code data-testid="totp-secret">{begin.data.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
            </p>
            {error && (
              <div role="alert" className="alert alert-error">
                {apiErrorText(error, locale, t('error.network'))}
              </div>
            )}
            <form className="form" onSubmit={submit} noValidate>
              <p>{t('enrol.step2')}</p>
              <TextField
                ref={codeRef}
                id="enrol-code"
                label={t('enrol.code')}
                autoComplete="one-time-code"
                inputMode="numeric"
                size="short"
                value={code}
                onChange={setCode}
                error={error ? fieldErrorTexts(error, locale).code : undefined}
              />
              <div className="actions">
                <button type="submit" className="button" disabled={confirm.isPending}>
                  {t('enrol.submit')}
                </button>
                <button type="button" className="button button-secondary" onClick={onSignOut}>
                  {t('enrol.signOut')}
                </button>
              </div>
            </form>
          </>
        )}
      </section>
    </PlainLayout>
  );
}
