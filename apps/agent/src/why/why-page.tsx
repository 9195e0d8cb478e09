// "Hvorfor ingen ledige timer?": find the practitioner the agent expected to see by name, then read, per
// appointment type, why it has no free times for the agent's insurer over the range the agent searched. Name, choice
// and range (`fra`, `til`; the next 14 days unless given) live in the address.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PROFESSION_INFO } from '@bn/domain';
import { EmptyState, ErrorState, LoadingState, TextField, usePageTitle, useLocale, useTRPC } from '@bn/ui';
import { useOwnInsurer } from '../use-own-insurer.js';
import { WhyResult } from './why-result.js';
import { useToday } from '../use-today.js';
import { whyRange } from '../paths.js';
import { useAgentT } from '../i18n/agent-messages.js';

export function WhyPage() {
  const t = useAgentT();
  const insurer = useOwnInsurer();
  const [params, setParams] = useSearchParams();
  const name = (params.get('navn') ?? '').trim();
  const chosen = params.get('behandler') ?? '';
  const today = useToday();
  const range = whyRange(params, today);
  // The searched range goes along when another practitioner is chosen.
  const withRange = (p: Record<string, string>) => {
    const next = new URLSearchParams(p);
    if (params.get('fra')) next.set('fra', range.from);
    if (params.get('til')) next.set('til', range.to);
    return next;
  };
  usePageTitle(t('why.heading'));

  return (
    <section className="page">
      <h1>{t('why.heading')}</h1>
      <p className="muted">{t('why.intro', { insurer: insurer.data?.name ?? '' })}</p>
      <NameForm key={name} initial={name} onFind={(value) => setParams(withRange({ navn: value }))} />
      {name.length >= 2 && (
        <Matches name={name} chosen={chosen} onChoose={(id) => setParams(withRange({ navn: name, behandler: id }))} />
      )}
      {chosen && <WhyResult practitionerId={chosen} from={range.from} to={range.to} />}
    </section>
  );
}

function NameForm({ initial, onFind }: { initial: string; onFind: (name: string) => void }) {
  const t = useAgentT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim().length < 2) {
      setError(t('why.name.short'));
      return;
    }
    setError(undefined);
    onFind(value.trim());
  };
  return (
    <form className="why-form card" role="search" aria-label={t('why.find')} onSubmit={submit} noValidate>
      <TextField
        id="why-name"
        label={t('why.name')}
        value={value}
        onChange={setValue}
        autoComplete="off"
        error={error}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('why.find')}
        </button>
      </div>
    </form>
  );
}

function Matches({ name, chosen, onChoose }: { name: string; chosen: string; onChoose: (id: string) => void }) {
  const t = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const found = useQuery(trpc.search.findPractitioners.queryOptions({ name }, { staleTime: 60_000 }));
  if (!found.data) {
    if (found.isError)
      return <ErrorState error={found.error} onRetry={() => void found.refetch()} retrying={found.isFetching} />;
    return <LoadingState label={t('why.matches.loading')} />;
  }
  if (found.data.length === 0) return <EmptyState>{t('why.matches.empty')}</EmptyState>;
  return (
    <section aria-labelledby="why-matches">
      <h2 id="why-matches">{t('why.matches')}</h2>
      <ul className="why-matches">
        {found.data.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="match-button"
              aria-pressed={p.id === chosen}
              onClick={() => onChoose(p.id)}
            >
              <span className="match-name">{p.name}</span>
              <span className="muted">
                {PROFESSION_INFO[p.profession][locale]} · {p.clinicName}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
