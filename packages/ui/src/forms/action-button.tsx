import type { ReactNode } from 'react';
import { apiErrorText, fieldErrorTexts, readApiError } from '../api/api-error.js';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';

export interface ActionButtonProps {
  onClick: () => void;
  pending: boolean;
  children: ReactNode;
  /** Visually smaller, for buttons inside table rows. */
  small?: boolean;
  secondary?: boolean;
  /** Destructive (implies secondary): outlined in the error colour, never the filled primary button. */
  danger?: boolean;
  /** Accessible name when the visible text needs its row for context, e.g. «Godkjenn medlemskap for Kari». */
  label?: string;
  /** The last failed attempt, shown beside the button. */
  error?: unknown;
}

/** A button that starts a save by itself (approve, register, apply) and shows that it is working. */
export function ActionButton({
  onClick,
  pending,
  children,
  small,
  secondary,
  danger,
  label,
  error,
}: ActionButtonProps) {
  const t = useT();
  const { locale } = useLocale();
  const className = [
    'button',
    small && 'button-small',
    (secondary || danger) && 'button-secondary',
    danger && 'button-danger',
  ]
    .filter(Boolean)
    .join(' ');
  const info = error ? readApiError(error) : null;
  return (
    <>
      <button type="button" className={className} onClick={onClick} disabled={pending} aria-label={label}>
        {pending ? t('form.working') : children}
      </button>
      {info && (
        <span role="alert" className="field-error">
          {Object.values(fieldErrorTexts(info, locale))[0] ?? apiErrorText(info, locale, t('error.network'))}
        </span>
      )}
    </>
  );
}
