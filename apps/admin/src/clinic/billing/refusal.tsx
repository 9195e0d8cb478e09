// A refusal in words: the code's sentence, and under it each fact to fix when the server named several (an EHF
// document refused with INVOICE_DATA_INVALID lists every missing seller or buyer detail).
import { apiErrorText, fieldErrorTexts, readApiError, useLocale } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function Refusal({ error }: { error: unknown }) {
  const t = useAdminT();
  const { locale } = useLocale();
  if (!error) return null;
  const info = readApiError(error);
  const title = apiErrorText(info, locale, t('error.network'));
  const facts = [...new Set(Object.values(fieldErrorTexts(info, locale)))].filter((m) => m !== title);
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{title}</p>
      {facts.length > 0 && (
        <ul>
          {facts.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
