// A form that saves through the API: one save button with a pending state, the server's messages next to their
// fields and summed up by the button, and the keyboard moved to the first field to fix after a failed save.
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { apiErrorText, fieldErrorTexts, readApiError } from '../api/api-error.js';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';

export interface EditFormProps {
  /** Prefix of the form's element ids. */
  id: string;
  /** Accessible name of the form, e.g. «Ny timebok». */
  label: string;
  /** The last failed save, or null. A new error object moves focus again. */
  error: unknown;
  pending: boolean;
  onSubmit: () => void;
  submitLabel: string;
  onCancel?: () => void;
  /** The cancel button's text when «Avbryt» would be unclear, e.g. «Behold timen» beside «Avbestill timen». */
  cancelLabel?: string;
  /**
   * The save destroys something (a cancellation): the safe way back is the filled primary button and comes first, the
   * submit is outlined in the error colour, never the primary.
   */
  destructive?: boolean;
  /** A line by the buttons, e.g. that changing a template never moves a booking. */
  note?: ReactNode;
  /** Put the keyboard in the first field when the form appears (default). Off for forms that are always shown. */
  focusOnOpen?: boolean;
  children: ReactNode;
}

/** Field path → sentence of a failed save, in the chosen language; look a field's up with `errors['windows.0.start']`. */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { locale } = useLocale();
  return error ? fieldErrorTexts(readApiError(error), locale) : {};
}

/** Refusals whose own sentence says no more than «some input is wrong»: the fields say what. */
const GENERIC = new Set(['BAD_INPUT', 'VALIDATION']);

export function EditForm({
  id,
  label,
  error,
  pending,
  onSubmit,
  submitLabel,
  onCancel,
  cancelLabel,
  destructive = false,
  note,
  focusOnOpen = true,
  children,
}: EditFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const info = error ? readApiError(error) : null;
  // Each message once: what a field shows beside it (its FieldError) is not repeated in the summary; the summary
  // lists only what no field of this form shows, and says how many fields to correct instead of «Ugyldige data.».
  const [placed, setPlaced] = useState<readonly string[]>([]);
  useLayoutEffect(() => {
    const shown = [...(formRef.current?.querySelectorAll('.field-error') ?? [])].map((e) => e.textContent ?? '');
    if (shown.join('\n') !== placed.join('\n')) setPlaced(shown);
  });
  const all = info ? [...new Set(Object.values(fieldErrorTexts(info, locale)))] : [];
  const beside = all.filter((m) => placed.includes(m));
  const title =
    info && beside.length > 0 && beside.length === all.length && GENERIC.has(info.appCode)
      ? t('form.fixMarked', { count: beside.length })
      : info
        ? apiErrorText(info, locale, t('error.network'))
        : '';
  // The rest, unless the one message is the title already.
  const messages = all.filter((m, _, rest) => !placed.includes(m) && (rest.length > 1 || m !== title));

  // A form that opens puts the keyboard in its first field.
  const focusFirst = useRef(focusOnOpen);
  useEffect(() => {
    if (focusFirst.current) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  // After the fields have rendered their messages: focus the first field marked invalid, else the summary.
  useEffect(() => {
    if (!error) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  const cancelButton = (className: string) =>
    onCancel && (
      <button type="button" className={className} onClick={onCancel}>
        {cancelLabel ?? t('form.cancel')}
      </button>
    );

  return (
    // noValidate: our own (server) messages are shown next to the fields, in the page's language.
    <form ref={formRef} id={id} className="form edit-form" aria-label={label} onSubmit={submit} noValidate>
      {children}
      {info && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="alert alert-error">
          <p className="alert-title">{title}</p>
          {messages.length > 0 && (
            <ul>
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <p>{t('form.nothingSaved')}</p>
        </div>
      )}
      <div className="actions">
        {destructive && cancelButton('button')}
        <button
          type="submit"
          className={destructive ? 'button button-secondary button-danger' : 'button'}
          disabled={pending}
          aria-disabled={pending}
        >
          {pending ? t('form.saving') : submitLabel}
        </button>
        {!destructive && cancelButton('button button-secondary')}
        <span role="status" className="muted">
          {pending ? t('form.saving') : ''}
        </span>
      </div>
      {note && <p className="form-note">{note}</p>}
    </form>
  );
}
