// "Faste jobber": the network operator sees each recurring job's last runs (duration, result, units), the units that
// failed, and when it runs next. Reads jobs.overview, refreshed while a run is under way.
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '@bn/domain';
import { DataTable, FactsList, QueryView, StatusBadge, usePageTitle, useTRPC } from '@bn/ui';
import type { JobOverview, JobRunView } from '../api/types.js';
import { useAdminT, type AdminMessageKey, type AdminTranslate } from '../i18n/use-admin-t.js';
import { adminNb } from '../i18n/messages.nb.js';

export function JobsPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const jobs = useQuery(
    trpc.jobs.overview.queryOptions(undefined, {
      // While a run is under way its progress is worth following; otherwise a minute is plenty.
      refetchInterval: (query) => (query.state.data?.some((j) => j.runs[0] && !j.runs[0].finishedAt) ? 5000 : 60_000),
    }),
  );
  usePageTitle(t('admin.nav.jobs'));
  return (
    <section className="page">
      <h1>{t('admin.nav.jobs')}</h1>
      <p className="muted">{t('jobs.intro')}</p>
      <QueryView
        query={jobs}
        loadingLabel={t('jobs.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('jobs.empty')}
      >
        {(rows) => (
          <div className="cards">
            {rows.map((job) => (
              <JobCard key={job.job} job={job} />
            ))}
          </div>
        )}
      </QueryView>
    </section>
  );
}

const RESULT_STATUS = { ok: 'ok', partial: 'fail', failed: 'fail' } as const;

export function durationText(t: AdminTranslate, ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return t('jobs.duration.ms', { n: ms });
  if (ms < 120_000) return t('jobs.duration.s', { n: (ms / 1000).toFixed(1).replace('.', ',') });
  return t('jobs.duration.min', { n: Math.round(ms / 60_000) });
}

function ResultBadge({ run }: { run: JobRunView }) {
  const t = useAdminT();
  if (!run.result) return <StatusBadge status="na" label={t('jobs.result.running')} />;
  return <StatusBadge status={RESULT_STATUS[run.result]} label={t(`jobs.result.${run.result}`)} />;
}

function unitsText(t: AdminTranslate, run: JobRunView): string {
  if (run.unitsTotal === null) return t('jobs.units.planning');
  const done = t('jobs.units', { done: run.unitsOk + run.unitsFailed, total: run.unitsTotal });
  return run.unitsFailed > 0 ? `${done} · ${t('jobs.units.failed', { count: run.unitsFailed })}` : done;
}

function JobCard({ job }: { job: JobOverview }) {
  const t = useAdminT();
  const name = t(`jobs.name.${job.job}` as AdminMessageKey);
  const last = job.runs[0];
  const headingId = `job-${job.job}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className="muted">{t(`jobs.about.${job.job}` as AdminMessageKey)}</p>
      <p>
        {t('jobs.schedule', { time: job.dailyAt })} · {t('jobs.next', { when: formatDateTime(job.nextRunAt) })}
      </p>
      <h3>{t('jobs.last')}</h3>
      {last ? (
        <FactsList
          facts={[
            { label: t('jobs.col.result'), value: <ResultBadge run={last} /> },
            { label: t('jobs.col.started'), value: formatDateTime(last.startedAt) },
            { label: t('jobs.col.duration'), value: durationText(t, last.durationMs) },
            { label: t('jobs.col.units'), value: unitsText(t, last) },
            ...Object.entries(last.summary ?? {})
              .filter(([key]) => `jobs.summary.${key}` in adminNb)
              .map(([key, value]) => ({
                label: t(`jobs.summary.${key}` as AdminMessageKey),
                value: value.toLocaleString('nb-NO'),
              })),
          ]}
        />
      ) : (
        <p className="state state-empty">{t('jobs.last.none')}</p>
      )}
      {job.failedUnits.length > 0 && (
        <section aria-labelledby={`${headingId}-failed`}>
          <h3 id={`${headingId}-failed`}>{t('jobs.failedUnits')}</h3>
          <ul>
            {job.failedUnits.map((u) => (
              <li key={u.unit}>
                <strong>{u.label ?? u.unit}</strong> ({t('jobs.failedUnits.attempts', { count: u.attempts })}):{' '}
                {u.error}
              </li>
            ))}
          </ul>
        </section>
      )}
      {job.runs.length > 0 && (
        <DataTable
          caption={t('jobs.recent', { job: name })}
          rows={job.runs}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'period',
              header: t('jobs.col.period'),
              nowrap: true,
              cell: (r) => formatDate(`${r.period}T12:00:00Z`),
            },
            { key: 'started', header: t('jobs.col.started'), nowrap: true, cell: (r) => formatDateTime(r.startedAt) },
            {
              key: 'duration',
              header: t('jobs.col.duration'),
              numeric: true,
              cell: (r) => durationText(t, r.durationMs),
            },
            { key: 'result', header: t('jobs.col.result'), cell: (r) => <ResultBadge run={r} /> },
            { key: 'units', header: t('jobs.col.units'), cell: (r) => unitsText(t, r) },
          ]}
        />
      )}
    </article>
  );
}
