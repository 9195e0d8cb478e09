import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatDate, type WeekTemplateConfig } from '@bn/domain';
import { useTRPC } from '@bn/ui';
import type { PlanDraft } from './work-plan-section.js';
import { dayMonth, weekDates, weekKey, weeksInYear, type WeekRef } from './weeks.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  year: number;
  now: WeekRef;
  draft: PlanDraft;
  templates: readonly WeekTemplateConfig[];
  canEdit: boolean;
  errors: Record<string, string>;
  onChange: (key: string, templateId: string) => void;
}

/** Every week of the year with its template; public holidays and days taken out are shown in their week. */
export function WeeksTable({ year, now, draft, templates, canEdit, errors, onChange }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const holidays = useQuery(trpc.holidays.list.queryOptions({ year }));
  const weeks: WeekRef[] = Array.from({ length: weeksInYear(year) }, (_, i) => ({ isoYear: year, isoWeek: i + 1 }));
  const name = (id: string | undefined) => templates.find((x) => x.id === id)?.name;
  const wrapRef = useRef<HTMLDivElement>(null);

  // Open at this week rather than at week 1; only the table scrolls, not the page.
  useEffect(() => {
    const wrap = wrapRef.current;
    const row = wrap?.querySelector<HTMLElement>('.current-week');
    if (wrap && row) wrap.scrollTop = Math.max(0, row.offsetTop - 80);
  }, [year]);

  return (
    <div
      ref={wrapRef}
      className="table-wrap weeks-wrap"
      role="region"
      aria-label={t('plan.weeks', { year })}
      tabIndex={0}
    >
      <table className="data-table weeks-table">
        <caption>{t('plan.weeks', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.week')}</th>
            <th scope="col">{t('plan.col.dates')}</th>
            <th scope="col">{t('plan.col.template')}</th>
            <th scope="col">{t('plan.col.daysOff')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => {
            const key = weekKey(w);
            const { monday, sunday } = weekDates(w);
            const inWeek = (date: string) => date >= monday && date <= sunday;
            const off = [
              ...(holidays.data ?? [])
                .filter((h) => inWeek(h.date))
                .map(
                  (h) =>
                    `${h.name} ${dayMonth(h.date)}${draft.openedHolidays.includes(h.date) ? ` (${t('plan.opened')})` : ''}`,
                ),
              ...draft.closedDays
                .filter((d) => inWeek(d.date))
                .map((d) => `${t('plan.closed')} ${dayMonth(d.date)}${d.reason ? `: ${d.reason}` : ''}`),
            ];
            const current = key === weekKey(now);
            const selectId = `plan-week-${key}`;
            const error = errors[key];
            return (
              <tr
                key={key}
                className={current ? 'current-week' : undefined}
                aria-current={current ? 'date' : undefined}
              >
                <th scope="row">
                  {t('plan.week', { n: w.isoWeek })}
                  {current && <span className="muted"> ({t('plan.thisWeek')})</span>}
                </th>
                <td className="nowrap">
                  {formatDate(monday)}–{formatDate(sunday)}
                </td>
                <td>
                  {canEdit ? (
                    <>
                      <label htmlFor={selectId} className="visually-hidden">
                        {t('plan.templateForWeek', { n: w.isoWeek, year })}
                      </label>
                      <select
                        id={selectId}
                        value={draft.weeks[key] ?? ''}
                        onChange={(event) => onChange(key, event.target.value)}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${selectId}-error` : undefined}
                      >
                        <option value="">{t('plan.noTemplate')}</option>
                        {templates.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.name}
                          </option>
                        ))}
                      </select>
                      {error && (
                        <p id={`${selectId}-error`} className="field-error">
                          {error}
                        </p>
                      )}
                    </>
                  ) : (
                    (name(draft.weeks[key]) ?? <span className="muted">{t('plan.noTemplate')}</span>)
                  )}
                </td>
                <td>{off.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
