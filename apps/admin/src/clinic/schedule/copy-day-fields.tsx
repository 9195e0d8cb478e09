// «Kopier en dag» in the week-template editor: a day's windows, their types and its breaks onto other days in one
// action (Monday onto Tuesday–Friday is one choice and one press), replacing what those days had.
import { useState } from 'react';
import { WEEKDAY_LABELS } from '@bn/domain';
import { CheckboxGroup, SelectField, useLocale } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  /** Copies `from`'s rows onto the days `to`. */
  onCopy: (from: number, to: number[]) => void;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

export function CopyDayFields({ onCopy }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState<number[]>([2, 3, 4, 5]);
  const [done, setDone] = useState('');
  const dayName = (d: number) => WEEKDAY_LABELS[locale][d - 1] ?? '';
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const targets = to.filter((d) => d !== from);
  const list = (days: number[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(days.map(dayName));

  const copy = () => {
    onCopy(from, targets);
    setDone(t('templates.copy.done', { from: capital(dayName(from)), to: list(targets) }));
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('templates.copy')}</legend>
      <p className="muted">{t('templates.copy.intro')}</p>
      <SelectField
        id="template-copy-from"
        label={t('templates.copy.from')}
        value={String(from)}
        options={DAYS.map((d) => ({ value: String(d), label: capital(dayName(d)) }))}
        onChange={(v) => setFrom(Number(v))}
      />
      <CheckboxGroup
        id="template-copy-to"
        legend={t('templates.copy.to')}
        values={targets.map(String)}
        choices={DAYS.filter((d) => d !== from).map((d) => ({ value: String(d), label: capital(dayName(d)) }))}
        onChange={(values) => setTo(values.map(Number))}
        inline
      />
      <button type="button" className="button button-secondary" onClick={copy} disabled={targets.length === 0}>
        {t('templates.copy.apply', { from: dayName(from) })}
      </button>
      <span role="status" className="muted assign-status">
        {done}
      </span>
    </fieldset>
  );
}
