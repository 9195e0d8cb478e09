// «Slett» in a configuration row: asks first in a modal dialog (Escape or «Avbryt» keeps the row), then deletes. A
// refusal (IN_USE: what still uses the row) is shown beside the button in the UI language; the server's sentence
// names what uses it, so the admin knows what to change first.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ModalDialog, apiErrorText, fieldId, readApiError, useLocale, useT } from '@bn/ui';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

interface Props {
  /** The row's name, as the admin knows it («Kari Nordmann», «Standard uke»). */
  name: string;
  /** Ids in the page are made from it. */
  id: string;
  onDelete: () => Promise<unknown>;
  /** After the row is gone: the page's notice. */
  onDeleted: (notice: string) => void;
}

export function DeleteButton({ name, id, onDelete, onDeleted }: Props) {
  const t = useAdminT();
  const shared = useT();
  const { locale } = useLocale();
  const refresh = useRefreshAfterSave();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: onDelete,
    onSuccess: async () => {
      onDeleted(t('delete.done', { name }));
      await refresh();
    },
  });
  const info = remove.error ? readApiError(remove.error) : null;
  const headingId = fieldId('delete', `${id}-heading`);
  const confirm = () => {
    setAsking(false);
    remove.mutate();
  };

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={remove.isPending}
        aria-label={t('delete.named', { name })}
        onClick={() => setAsking(true)}
      >
        {remove.isPending ? shared('form.working') : t('delete.button')}
      </button>
      {info && (
        <span role="alert" className="field-error">
          {apiErrorText(info, locale, shared('error.network'))}
        </span>
      )}
      {asking && (
        <ModalDialog labelledBy={headingId} onClose={() => setAsking(false)}>
          <h2 id={headingId}>{t('delete.question', { name })}</h2>
          <p>{t('delete.explain')}</p>
          <div className="actions">
            {/* The safe choice comes first, so the dialog opens with the keyboard on it. */}
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {shared('form.cancel')}
            </button>
            <button type="button" className="button button-secondary button-danger" onClick={confirm}>
              {t('delete.confirm')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
