// "Klar for online booking?": for every practitioner's book × type, whether insurers can book it, and why not (the
// clinic page's first section, because clinics cannot otherwise see why their times do not show up).
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { QueryView, usePageTitle, useTRPC } from '@bn/ui';
import { useClinicConfig, useClinicId } from '../../api/use-clinic.js';
import type { ReadinessRow } from '../../api/types.js';
import { ReadinessMatrix } from './readiness-matrix.js';
import { cellState, gridRows, liftClinicWide } from './readiness-grid.js';
import { ClinicBlockers } from './readiness-blockers.js';
import { ReadinessDetails } from './readiness-details.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function ReadinessPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const readiness = useQuery(trpc.readiness.forClinic.queryOptions({ clinicId }));
  const config = useClinicConfig();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('readiness.heading'));

  const selected = { bookId: params.get('bok'), typeId: params.get('type') };
  const select = (row: ReadinessRow | null) =>
    setParams(row ? { bok: row.book.id, type: row.type.id } : {}, { replace: true, preventScrollReset: true });

  return (
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{t('readiness.heading')}</h2>
      <p className="muted">{t('readiness.intro')}</p>
      <QueryView
        query={readiness}
        loadingLabel={t('readiness.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('readiness.empty')}
      >
        {(rows) => {
          const current = rows.find((r) => r.book.id === selected.bookId && r.type.id === selected.typeId) ?? null;
          // Practitioners without a book come from the configuration; until it is here, the books' rows show alone.
          const { clinic, rows: grid } = liftClinicWide(
            gridRows(rows, config.data?.books ?? [], config.data?.practitioners ?? []),
          );
          return (
            <>
              <ReadinessSummary rows={rows} />
              <ClinicBlockers clinic={clinic} checks={grid.find((g) => !g.noBook)?.checks ?? []} />
              <ReadinessMatrix grid={grid} types={uniqueTypes(rows)} selected={current} onSelect={select} />
              {current && (
                <ReadinessDetails row={current} insurers={config.data?.insurers ?? []} onClose={() => select(null)} />
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function ReadinessSummary({ rows }: { rows: readonly ReadinessRow[] }) {
  const t = useAdminT();
  const ready = rows.filter((r) => cellState(r) === 'ready').length;
  const notReady = rows.filter((r) => cellState(r) === 'notReady').length;
  const good = notReady === 0 && ready > 0;
  return (
    <div className={good ? 'summary summary-ok' : 'summary summary-fail'}>
      <p className="summary-title">{good ? t('readiness.summary.allReady') : t('readiness.summary.someMissing')}</p>
      <p>{t('readiness.summary.counts', { ready, notReady, unused: rows.length - ready - notReady })}</p>
    </div>
  );
}

function uniqueTypes(rows: readonly ReadinessRow[]): { id: string; name: string }[] {
  const seen = new Map<string, { id: string; name: string }>();
  for (const r of rows) if (!seen.has(r.type.id)) seen.set(r.type.id, r.type);
  return [...seen.values()];
}
