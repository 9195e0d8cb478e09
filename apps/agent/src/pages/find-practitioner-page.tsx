// "Finn behandler": the agent's start page. Search arrives with the search feature; until then it says so plainly.
import { EmptyState, usePageTitle, useT } from '@bn/ui';
import { useOwnInsurer } from '../use-own-insurer.js';

export function FindPractitionerPage() {
  const t = useT();
  const insurer = useOwnInsurer();
  usePageTitle(t('search.heading'));

  return (
    <section className="page">
      <h1>{t('search.heading')}</h1>
      <p className="muted">
        {insurer.data ? t('search.intro', { insurer: insurer.data.name }) : t('search.introNoInsurer')}
      </p>
      <EmptyState>{t('search.later')}</EmptyState>
    </section>
  );
}
