// The result list: free times earliest first, grouped by practitioner and address, a page at a time ("Vis flere"
// follows the server's keyset cursor, so no time is shown twice or skipped between pages).
import { useEffect, useMemo, useRef } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { displayDate } from '../dates.js';
import { whySearchPath } from '../paths.js';
import { EmptyState, ErrorState, LoadingState, useTRPC } from '@bn/ui';
import { groupHits, hitKey } from './group-hits.js';
import { PractitionerGroup } from './practitioner-group.js';
import { toNetworkInput, type SearchParams } from './search-params.js';
import { offerDescriber } from './time-link-name.js';
import { useAgentT } from '../i18n/agent-messages.js';

export function SearchResults({ search }: { search: SearchParams }) {
  const t = useAgentT();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.search.network.infiniteQueryOptions(toNetworkInput(search), {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      staleTime: 15_000,
    }),
  );
  const hits = useMemo(() => query.data?.pages.flatMap((page) => page.hits) ?? [], [query.data]);
  // After «Vis flere» the keyboard goes to the first time of the new page (not back to the top of the page).
  const focusPage = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pages = query.data?.pages;
  useEffect(() => {
    const index = focusPage.current;
    if (index === null || !pages || pages.length <= index) return;
    focusPage.current = null;
    const first = pages[index]?.hits[0];
    if (!first) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-hit="${CSS.escape(hitKey(first))}"]`);
    link?.focus();
  }, [pages]);
  const showMore = () => {
    focusPage.current = pages?.length ?? null;
    void query.fetchNextPage();
  };
  const groups = useMemo(() => groupHits(hits), [hits]);
  // Every kind of time on the page (practitioner × address × type × tariff), so no two time links share a name.
  const describe = useMemo(
    () =>
      offerDescriber(
        groups.flatMap((g) =>
          g.types.map((type) => ({
            ...g.first,
            tariffCode: type.tariffCode,
            tariffName: type.tariffName,
            typeName: type.typeName,
          })),
        ),
      ),
    [groups],
  );

  if (!query.data) {
    if (query.isError)
      return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    return <LoadingState label={t('search.loading')} />;
  }
  return (
    <section className="results" aria-labelledby="results-heading" aria-busy={query.isFetching}>
      <h2 id="results-heading">{t('search.results')}</h2>
      <p className="muted">
        {t('search.results.summary', { from: displayDate(search.from), to: displayDate(search.to) })}
      </p>
      {groups.length === 0 ? (
        <EmptyState>
          <p>{t('search.empty')}</p>
          <Link to={whySearchPath(search, search.name)}>{t('search.empty.why')}</Link>
        </EmptyState>
      ) : (
        <div className="result-list" ref={listRef}>
          {groups.map((group) => (
            <PractitionerGroup key={group.key} group={group} tariff={search.tariff} describe={describe} />
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
          groups.length > 0 && <p className="muted">{t('search.end')}</p>
        )}
      </div>
    </section>
  );
}
