// "Endringslogg": every configuration change of the clinic — who, when, and what changed, field by field — one line
// each, filtered in the query by kind of thing, who and dates, newest first, «Vis eldre endringer» for the next page.
import { useInfiniteQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState, usePageTitle, useTRPC, useTRPCClient } from '@bn/ui';
import { useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import { namesOf } from './audit-format.js';
import { AuditEntry } from './audit-entry.js';
import { AuditFilterForm } from './audit-filter-form.js';
import { auditQueryFilters, hasFilters, isBackwards, useAuditFilters } from './audit-filters.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import './audit.css';

const PAGE = 50;

export function AuditPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const clinicId = useClinicId();
  const config = useClinicConfig();
  const [filters, setFilters] = useAuditFilters();
  const input = { clinicId, ...auditQueryFilters(filters) };
  const audit = useInfiniteQuery({
    // Under the procedure's own key, so a save's refresh (use-refresh.ts) asks again.
    queryKey: [...trpc.audit.forClinic.queryKey(input), 'pages'],
    queryFn: ({ pageParam }) =>
      client.audit.forClinic.query({ ...input, limit: PAGE, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => (last.length === PAGE ? last.at(-1)?.id : undefined),
    enabled: !isBackwards(filters),
    placeholderData: (previous) => previous,
  });
  usePageTitle(t('clinic.tab.audit'));
  const rows = audit.data?.pages.flat();
  const names = namesOf(config.data);

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('clinic.tab.audit')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <AuditFilterForm clinicId={clinicId} value={filters} onChange={setFilters} />
      {isBackwards(filters) ? null : rows === undefined ? (
        audit.isError ? (
          <ErrorState error={audit.error} onRetry={() => void audit.refetch()} retrying={audit.isFetching} />
        ) : (
          <LoadingState label={t('audit.loading')} />
        )
      ) : rows.length === 0 ? (
        <EmptyState>{hasFilters(filters) ? t('audit.filter.none') : t('audit.empty')}</EmptyState>
      ) : (
        <div aria-busy={audit.isFetching}>
          <ol className="audit-list">
            {rows.map((row) => (
              <AuditEntry key={row.id} row={row} names={names} />
            ))}
          </ol>
          {audit.hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {audit.isFetchingNextPage ? t('state.loading') : t('audit.more')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
