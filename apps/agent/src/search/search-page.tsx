// "Finn behandler": the agent's start page. The search lives in the address (takst, yrke, sted, navn, fra, til),
// so a search can be shared and the back button returns to the previous one.
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@bn/ui';
import { useOwnInsurer } from '../use-own-insurer.js';
import { useToday } from '../use-today.js';
import { SearchForm } from './search-form.js';
import { SearchResults } from './search-results.js';
import { rangeIsValid, readSearchParams, toUrlParams } from './search-params.js';
import { useAgentT } from '../i18n/agent-messages.js';

export function SearchPage() {
  const t = useAgentT();
  const insurer = useOwnInsurer();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const search = readSearchParams(params, today);
  usePageTitle(t('search.heading'));

  return (
    <section className="page">
      <h1>{t('search.heading')}</h1>
      <p className="muted">
        {insurer.data ? t('search.intro', { insurer: insurer.data.name }) : t('search.introNoInsurer')}
      </p>
      {/* Keyed by the address: going back or forward shows that search's values in the form. */}
      <SearchForm
        key={params.toString()}
        initial={search}
        onSearch={(next) => setParams(toUrlParams(next, today))}
        onReset={() => setParams(new URLSearchParams())}
      />
      {/* A range the server refuses is said once, by «Til dato», in the schema's own words (search-form.tsx). */}
      {rangeIsValid(search) && <SearchResults search={search} />}
    </section>
  );
}
