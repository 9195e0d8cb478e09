import { Link } from 'react-router';
import { ROLE_LABELS } from '@bn/domain';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useSessionUser } from '../auth/session-context.js';

/** A page that exists but not for this user's role. */
export function ForbiddenPage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useSessionUser();
  usePageTitle(t('forbidden.heading'));
  return (
    <section className="page">
      <h1>{t('forbidden.heading')}</h1>
      <p>{t('forbidden.body', { role: ROLE_LABELS[user.role][locale] })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
