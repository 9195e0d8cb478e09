import { useState, type Dispatch, type SetStateAction } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@bn/domain';
import { CheckboxGroup, DateField, EmptyState, fieldId, LoadingState, TextField, useTRPC } from '@bn/ui';
import type { PlanDraft } from './work-plan-section.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  year: number;
  draft: PlanDraft;
  canEdit: boolean;
  errors: Record<string, string>;
  onChange: Dispatch<SetStateAction<PlanDraft>>;
}

/** Norway's public holidays come closed (S1), each can be opened; single days can be taken out. */
export function DaysOff({ year, draft, canEdit, errors, onChange }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const holidays = useQuery(trpc.holidays.list.queryOptions({ year }));
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const closed = draft.closedDays.map((d, i) => ({ ...d, i })).filter((d) => d.date.startsWith(String(year)));

  const add = () => {
    if (!date) return;
    onChange((d) => ({
      ...d,
      closedDays: [...d.closedDays.filter((c) => c.date !== date), { date, reason: reason.trim() }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    }));
    setDate('');
    setReason('');
  };

  return (
    <div className="days-off">
      <h4>{t('plan.holidays', { year })}</h4>
      {holidays.data === undefined ? (
        <LoadingState />
      ) : canEdit ? (
        <CheckboxGroup
          id="plan-openedHolidays"
          legend={t('plan.openHolidays')}
          hint={t('plan.openHolidays.hint')}
          values={draft.openedHolidays.filter((d) => holidays.data.some((h) => h.date === d))}
          choices={holidays.data.map((h) => ({ value: h.date, label: `${formatDate(h.date)} ${h.name}` }))}
          onChange={(opened) =>
            onChange((d) => ({
              ...d,
              openedHolidays: [...d.openedHolidays.filter((x) => !x.startsWith(String(year))), ...opened],
            }))
          }
          error={errors.openedHolidays}
        />
      ) : (
        <ul>
          {holidays.data.map((h) => (
            <li key={h.date}>
              {formatDate(h.date)} {h.name}
              {draft.openedHolidays.includes(h.date) && ` (${t('plan.opened')})`}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('plan.closedDays', { year })}</h4>
      {closed.length === 0 ? (
        <EmptyState>{t('plan.closedDays.empty')}</EmptyState>
      ) : (
        <ul className="closed-days">
          {closed.map((d) => (
            <li key={d.date}>
              {formatDate(d.date)}
              {d.reason && ` – ${d.reason}`}
              {errors[`closedDays.${d.i}.date`] && (
                <span className="field-error"> {errors[`closedDays.${d.i}.date`]}</span>
              )}{' '}
              {canEdit && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onChange((x) => ({ ...x, closedDays: x.closedDays.filter((c) => c.date !== d.date) }))}
                >
                  {t('plan.reopenDay', { date: formatDate(d.date) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <fieldset className="fieldset">
          <legend>{t('plan.takeOut')}</legend>
          <div className="field-row">
            <DateField
              id={fieldId('plan', 'closedDay.date')}
              label={t('plan.takeOut.date')}
              size="short"
              value={date}
              onChange={setDate}
            />
            <TextField
              id={fieldId('plan', 'closedDay.reason')}
              label={t('plan.takeOut.reason')}
              value={reason}
              onChange={setReason}
            />
          </div>
          <button type="button" className="button button-secondary" onClick={add} disabled={!date}>
            {t('plan.takeOut.add')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
