import { useState } from 'react';
import { MAX_WEEK_RUN, weekRunSchema, type WeekTemplateConfig } from '@bn/domain';
import { SelectField, TextField, schemaRefusal, useFieldErrors } from '@bn/ui';
import { weekKey, weeksFrom, weeksInYear, type WeekRef } from './weeks.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  year: number;
  now: WeekRef;
  templates: readonly WeekTemplateConfig[];
  /** weekKey → template id, for the weeks chosen. */
  onAssign: (weeks: Record<string, string>) => void;
}

/** Puts one template on a run of weeks (from a week, for a number of weeks, across new year if needed). */
export function WeekAssign({ year, now, templates, onAssign }: Props) {
  const t = useAdminT();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [from, setFrom] = useState(String(year === now.isoYear ? now.isoWeek : 1));
  const [count, setCount] = useState('8');
  const [done, setDone] = useState('');
  const [refused, setRefused] = useState<Error | null>(null);
  const errors = useFieldErrors(refused);
  const chosen = templates.some((x) => x.id === templateId) ? templateId : (templates[0]?.id ?? '');

  const apply = () => {
    // −3 or 9999 weeks is said beside the field at once, not by the save long after (which would name no field).
    const refusal = schemaRefusal(weekRunSchema, { count });
    setRefused(refusal);
    if (refusal) {
      setDone('');
      document.getElementById('plan-assign-count')?.focus();
      return;
    }
    const weeks = weeksFrom({ isoYear: year, isoWeek: Number(from) }, Number(count) || 0);
    onAssign(Object.fromEntries(weeks.map((w) => [weekKey(w), chosen])));
    setDone(t('plan.assign.done', { count: weeks.length }));
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('plan.assign')}</legend>
      <div className="field-row">
        <SelectField
          id="plan-assign-template"
          label={t('plan.assign.template')}
          value={chosen}
          options={templates.map((x) => ({ value: x.id, label: x.name }))}
          onChange={setTemplateId}
          placeholder={templates.length ? undefined : t('plan.noTemplatesShort')}
        />
        <SelectField
          id="plan-assign-from"
          label={t('plan.assign.from')}
          value={from}
          options={Array.from({ length: weeksInYear(year) }, (_, i) => ({
            value: String(i + 1),
            label: t('plan.week', { n: i + 1 }),
          }))}
          onChange={setFrom}
        />
        <TextField
          id="plan-assign-count"
          label={t('plan.assign.count')}
          type="number"
          min={1}
          max={MAX_WEEK_RUN}
          size="short"
          value={count}
          onChange={setCount}
          error={errors.count}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={apply} disabled={!chosen}>
        {t('plan.assign.apply')}
      </button>
      <span role="status" className="muted assign-status">
        {done}
      </span>
    </fieldset>
  );
}
