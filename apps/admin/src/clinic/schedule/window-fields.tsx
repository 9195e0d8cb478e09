// One time window (weekday, from, to, the types offered) or one break of a week template.
import { WEEKDAY_LABELS, type AppointmentTypeConfig, type TemplateBreak, type TemplateWindow } from '@bn/domain';
import { CheckboxGroup, SelectField, TextField, fieldId, useLocale, type TextFieldProps } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

export type WindowDraft = TemplateWindow & { key: string };
export type BreakDraft = TemplateBreak & { key: string };

function useWeekdayOptions() {
  const { locale } = useLocale();
  return WEEKDAY_LABELS[locale].map((label, i) => ({
    value: String(i + 1),
    label: label.charAt(0).toUpperCase() + label.slice(1),
  }));
}

/**
 * A time as HH:mm. A text field rather than `type="time"`: the browser would show its own 12- or 24-hour clock,
 * and the product writes times HH:mm everywhere.
 */
function TimeField(props: Omit<TextFieldProps, 'type' | 'size' | 'inputMode'>) {
  const t = useAdminT();
  return <TextField {...props} size="short" inputMode="numeric" hint={t('templates.timeHint')} />;
}

interface RowProps<T> {
  index: number;
  value: T;
  errors: Record<string, string>;
  onChange: (value: T) => void;
  onRemove: () => void;
}

/** Every message about `windows.3.typeIds…` (none chosen, or a type too long for the window) shown at the types. */
function firstUnder(errors: Record<string, string>, prefix: string): string | undefined {
  return Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
}

export function WindowFields({
  index,
  value,
  types,
  errors,
  onChange,
  onRemove,
}: RowProps<WindowDraft> & { types: readonly AppointmentTypeConfig[] }) {
  const t = useAdminT();
  const weekdays = useWeekdayOptions();
  const path = (field: string) => `windows.${index}.${field}`;
  const id = (field: string) => fieldId('template', path(field));
  const n = index + 1;
  return (
    <fieldset className="fieldset row-fieldset">
      <legend>{t('templates.window', { n })}</legend>
      <div className="field-row">
        <SelectField
          id={id('weekday')}
          label={t('templates.weekday')}
          value={String(value.weekday)}
          options={weekdays}
          onChange={(v) => onChange({ ...value, weekday: Number(v) })}
          error={errors[path('weekday')]}
        />
        <TimeField
          id={id('start')}
          label={t('templates.start')}
          value={value.start}
          onChange={(v) => onChange({ ...value, start: v })}
          error={errors[path('start')]}
        />
        <TimeField
          id={id('end')}
          label={t('templates.end')}
          value={value.end}
          onChange={(v) => onChange({ ...value, end: v })}
          error={errors[path('end')]}
        />
      </div>
      <CheckboxGroup
        id={id('typeIds')}
        legend={t('templates.windowTypes')}
        values={value.typeIds}
        choices={types.map((x) => ({
          value: x.id,
          label: x.name,
          detail: t('types.minutesParen', { n: x.durationMinutes }),
        }))}
        empty={<p className="muted">{t('templates.noTypes')}</p>}
        onChange={(typeIds) => onChange({ ...value, typeIds })}
        error={firstUnder(errors, path('typeIds'))}
      />
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {t('templates.removeWindow', { n })}
      </button>
    </fieldset>
  );
}

export function BreakFields({ index, value, errors, onChange, onRemove }: RowProps<BreakDraft>) {
  const t = useAdminT();
  const weekdays = useWeekdayOptions();
  const path = (field: string) => `breaks.${index}.${field}`;
  const id = (field: string) => fieldId('template', path(field));
  const n = index + 1;
  return (
    <fieldset className="fieldset row-fieldset">
      <legend>{t('templates.break', { n })}</legend>
      <div className="field-row">
        <SelectField
          id={id('weekday')}
          label={t('templates.weekday')}
          value={String(value.weekday)}
          options={weekdays}
          onChange={(v) => onChange({ ...value, weekday: Number(v) })}
          error={errors[path('weekday')]}
        />
        <TimeField
          id={id('start')}
          label={t('templates.start')}
          value={value.start}
          onChange={(v) => onChange({ ...value, start: v })}
          error={errors[path('start')]}
        />
        <TimeField
          id={id('end')}
          label={t('templates.end')}
          value={value.end}
          onChange={(v) => onChange({ ...value, end: v })}
          error={errors[path('end')]}
        />
      </div>
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {t('templates.removeBreak', { n })}
      </button>
    </fieldset>
  );
}
