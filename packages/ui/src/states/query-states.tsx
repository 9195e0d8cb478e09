// The three states every screen has besides its content: loading, nothing to show, and failed.
import type { ReactNode } from 'react';
import { failureText, isRetryable, readApiError } from '../api/api-error.js';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div role="status" className="state state-loading">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const t = useT();
  return <div className="state state-empty">{children ?? t('state.empty')}</div>;
}

export interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  /** True while the retry is running: the button waits. */
  retrying?: boolean;
}

/**
 * Says what the server said (or that it could not be reached). Only a failure that asking again can mend (the network,
 * a 5xx) is «Noe gikk galt» with «Prøv igjen»; a refusal of the question itself says only why, in its own words.
 */
export function ErrorState({ error, onRetry, retrying = false }: ErrorStateProps) {
  const t = useT();
  const { locale } = useLocale();
  const text = failureText(readApiError(error), locale, t('error.network'));
  const retryable = isRetryable(error);
  return (
    <div role="alert" className="state state-error">
      {retryable && <p className="state-title">{t('state.errorTitle')}</p>}
      <p>{text}</p>
      {retryable && (
        <button type="button" className="button button-secondary" onClick={onRetry} disabled={retrying}>
          {retrying ? t('state.retrying') : t('state.retry')}
        </button>
      )}
    </div>
  );
}
