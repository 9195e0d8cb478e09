import { useT } from '../i18n/translate.js';
import { PlainLayout } from '../layout/plain-layout.js';

/** The router's `errorElement`: a render crash shows this instead of a blank page. */
export function RouteErrorPage() {
  const t = useT();
  return (
    <PlainLayout>
      <div role="alert" className="state state-error">
        <p className="state-title">{t('state.errorTitle')}</p>
        <p>{t('error.crash')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </PlainLayout>
  );
}
