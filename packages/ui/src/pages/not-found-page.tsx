import { Link } from 'react-router';
import { useT } from '../i18n/translate.js';
import { usePageTitle } from '../layout/use-page-title.js';

/** The catch-all route of both SPAs. */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.heading'));
  return (
    <section className="page">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
