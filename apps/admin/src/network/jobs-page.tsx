// "Faste jobber": the network operator sees each recurring job's last runs (duration, result, units), the units that
// failed, and when it runs next. Reads jobs.overview, refreshed while a run is under way.
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime } from '@bn/domain';
import { DataTable, FactsList, QueryView, StatusBadge, usePageTitle, useT, useTRPC } from '@bn/ui';
import type { JobOverview, JobRunView } from '../api/types.js';
import { useAdminT, type AdminMessageKey, type AdminTranslate } from '../i18n/use-admin-t.js';
import { adminNb } from '../i18n/messages.nb.js';

export function JobsPage() {
  const t = useT();
  const ta = useAdminT();
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
      <p className="muted">{ta('jobs.intro')}</p>
      <QueryView
        query={jobs}
        loadingLabel={ta('jobs.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={ta('jobs.empty')}
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

export function durationText(ta: AdminTranslate, ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return ta('jobs.duration.ms', { n: ms });
  if (ms < 120_000) return ta('jobs.duration.s', { n: (ms / 1000).toFixed(1).replace('.', ',') });
  return ta('jobs.duration.min', { n: Math.round(ms / 60_000) });
}

function ResultBadge({ run }: { run: JobRunView }) {
  const ta = useAdminT();
  if (!run.result) return <StatusBadge status="na" label={ta('jobs.result.running')} />;
  return <StatusBadge status={RESULT_STATUS[run.result]} label={ta(`jobs.result.${run.result}`)} />;
}

function unitsText(ta: AdminTranslate, run: JobRunView): string {
  if (run.unitsTotal === null) return ta('jobs.units.planning');
  const done = ta('jobs.units', { done: run.unitsOk + run.unitsFailed, total: run.unitsTotal });
  return run.unitsFailed > 0 ? `${done} · ${ta('jobs.units.failed', { count: run.unitsFailed })}` : done;
}

function JobCard({ job }: { job: JobOverview }) {
  const ta = useAdminT();
  const name = ta(`jobs.name.${job.job}` as AdminMessageKey);
  const last = job.runs[0];
  const headingId = `job-${job.job}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className="muted">{ta(`jobs.about.${job.job}` as AdminMessageKey)}</p>
      <p>
        {ta('jobs.schedule', { time: job.dailyAt })} · {ta('jobs.next', { when: formatDateTime(job.nextRunAt) })}
      </p>
      <h3>{ta('jobs.last')}</h3>
      {last ? (
        <FactsList
          facts={[
            { label: ta('jobs.col.result'), value: <ResultBadge run={last} /> },
            { label: ta('jobs.col.started'), value: formatDateTime(last.startedAt) },
            { label: ta('jobs.col.duration'), value: durationText(ta, last.durationMs) },
            { label: ta('jobs.col.units'), value: unitsText(ta, last) },
            ...Object.entries(last.summary ?? {})
              .filter(([key]) => `jobs.summary.${key}` in adminNb)
              .map(([key, value]) => ({
                label: ta(`jobs.summary.${key}` as AdminMessageKey),
                value: value.toLocaleString('nb-NO'),
              })),
          ]}
        />
      ) : (
        <p className="state state-empty">{ta('jobs.last.none')}</p>
      )}
      {job.failedUnits.length > 0 && (
        <section aria-labelledby={`${headingId}-failed`}>
          <h3 id={`${headingId}-failed`}>{ta('jobs.failedUnits')}</h3>
          <ul>
            {job.failedUnits.map((u) => (
              <li key={u.unit}>
                <strong>{u.label ?? u.unit}</strong> ({ta('jobs.failedUnits.attempts', { count: u.attempts })}):{' '}
                {u.error}
              </li>
            ))}
          </ul>
        </section>
      )}
      {job.runs.length > 0 && (
        <DataTable
          caption={ta('jobs.recent', { job: name })}
          rows={job.runs}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'period',
              header: ta('jobs.col.period'),
              nowrap: true,
              cell: (r) => formatDate(`${r.period}T12:00:00Z`),
            },
            { key: 'started', header: ta('jobs.col.started'), nowrap: true, cell: (r) => formatDateTime(r.startedAt) },
            {
              key: 'duration',
              header: ta('jobs.col.duration'),
              numeric: true,
              cell: (r) => durationText(ta, r.durationMs),
            },
            { key: 'result', header: ta('jobs.col.result'), cell: (r) => <ResultBadge run={r} /> },
            { key: 'units', header: ta('jobs.col.units'), cell: (r) => unitsText(ta, r) },
          ]}
        />
      )}
    </article>
  );
}
