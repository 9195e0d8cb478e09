// The results by practitioner: a page of practitioners ordered by their earliest free time (or by distance to the
// patient's postcode), each with their next times. «Vis flere» follows the server's cursor, so no practitioner is
// shown twice or skipped between pages, and moves the keyboard to the first new practitioner's first time.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { displayDate } from '../dates.js';
import { whySearchPath } from '../paths.js';
import { EmptyState, ErrorState, LoadingState, useTRPC } from '@bn/ui';
import { groupHits, hitsOf } from './group-hits.js';
import { PractitionerGroup } from './practitioner-group.js';
import { toPractitionersInput, type SearchParams } from './search-params.js';
import { offerDescriber } from './time-link-name.js';
import { useAgentT } from '../i18n/agent-messages.js';

export function SearchResults({ search }: { search: SearchParams }) {
  const t = useAgentT();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.search.practitioners.infiniteQueryOptions(toPractitionersInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      staleTime: 15_000,
    }),
  );
  const pages = query.data?.pages;
  const practitioners = useMemo(() => pages?.flatMap((page) => page.practitioners) ?? [], [pages]);
  // «Flere tider» per practitioner: which cards show all their next times rather than the first day's.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // After «Vis flere» the keyboard goes to the first new practitioner's first time (not back to the top).
  const focusPage = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const index = focusPage.current;
    if (index === null || !pages || pages.length <= index) return;
    focusPage.current = null;
    const first = pages[index]?.practitioners[0];
    if (!first) return;
    const card = listRef.current?.querySelector<HTMLElement>(
      `[data-practitioner="${CSS.escape(first.practitionerId)}"]`,
    );
    card?.querySelector<HTMLElement>('a.time-chip')?.focus();
  }, [pages]);
  const showMore = () => {
    focusPage.current = pages?.length ?? null;
    void query.fetchNextPage();
  };
  const groups = useMemo(
    () => practitioners.flatMap((p) => groupHits(hitsOf(p)).map((group) => ({ group, distanceKm: p.distanceKm }))),
    [practitioners],
  );
  // Every kind of time on the page (practitioner × address × type × tariff), so no two time links share a name.
  const describe = useMemo(() => offerDescriber(practitioners.flatMap((p) => p.offers)), [practitioners]);

  if (!pages) {
    if (query.isError)
      return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    return <LoadingState label={t('search.loading')} />;
  }
  const first = pages[0]!;
  const range = { from: displayDate(search.from), to: displayDate(search.to), count: first.total };
  const patient = first.patientPlace;
  return (
    <section className="results" aria-labelledby="results-heading" aria-busy={query.isFetching}>
      <h2 id="results-heading">{t('search.results')}</h2>
      <p className="muted" role="status">
        {search.sort === 'distance' && patient
          ? t('search.results.byDistance', { ...range, postcode: patient.postcode, place: patient.place })
          : t('search.results.byTime', range)}
      </p>
      {search.postcode && !patient && (
        <p className="muted">{t('search.results.unknownPostcode', { postcode: search.postcode })}</p>
      )}
      {groups.length === 0 ? (
        <EmptyState>
          <p>{t('search.empty')}</p>
          <Link to={whySearchPath(search, search.name)}>{t('search.empty.why')}</Link>
        </EmptyState>
      ) : (
        <div className="result-list" ref={listRef}>
          {groups.map(({ group, distanceKm }) => (
            <PractitionerGroup
              key={group.key}
              group={group}
              tariff={search.tariff}
              describe={describe}
              distance={distanceKm === null || !patient ? null : { km: distanceKm, postcode: patient.postcode }}
              expanded={expanded.has(group.key)}
              onToggle={() => toggle(group.key)}
            />
          ))}
        </div>
      )}
      {query.isFetchNextPageError && (
        <ErrorState
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
          retrying={query.isFetchingNextPage}
        />
      )}
      <div className="actions">
        {query.hasNextPage ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={showMore}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? t('search.more.loading') : t('search.more')}
          </button>
        ) : (
          groups.length > 0 && <p className="muted">{t('search.end.practitioners')}</p>
        )}
      </div>
    </section>
  );
}
