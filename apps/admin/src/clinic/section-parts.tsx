// Pieces every section of the clinic page uses: its heading with a «new» button, and the «saved» notice.
import { useEffect, useRef } from 'react';
import { useAdminT } from '../i18n/use-admin-t.js';

interface SectionHeadProps {
  id: string;
  title: string;
  /** The «new …» button's text, or null when the user may not add (read-only roles, a form already open). */
  newLabel: string | null;
  onNew: () => void;
}

export function SectionHead({ id, title, newLabel, onNew }: SectionHeadProps) {
  return (
    <div className="section-head">
      <h2 id={id}>{title}</h2>
      {newLabel && (
        <button type="button" className="button" onClick={onNew}>
          {newLabel}
        </button>
      )}
    </div>
  );
}

/** «X er lagret.» in a live region, so it is read out; it gets focus too, because the form it replaces is gone. */
export function SavedNotice({ text }: { text: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={text ? 'notice notice-ok' : 'visually-hidden'}>
      {text ?? ''}
    </p>
  );
}

/** «Endre» in a table row; its accessible name carries the row («Endre Kari Nordmann»). */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useAdminT();
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      onClick={onClick}
      aria-label={t('form.editNamed', { name })}
    >
      {t('form.edit')}
    </button>
  );
}

/** «Vis» in a table row for read-only roles; its accessible name carries the row («Vis Standard uke»). */
export function ShowButton({ name, onClick }: { name: string; onClick: () => void }) {
  const t = useAdminT();
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      onClick={onClick}
      aria-label={t('form.showNamed', { name })}
    >
      {t('form.show')}
    </button>
  );
}
