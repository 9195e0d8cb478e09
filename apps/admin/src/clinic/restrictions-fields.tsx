// T3: the online-booking restrictions of a book, or a type's own limits: empty means no restriction.
import type { Restrictions } from '@bn/domain';
import { CheckboxField, TextField, fieldId } from '@bn/ui';
import { useAdminT } from '../i18n/use-admin-t.js';

/** The form's version: numbers as the inputs hold them ('' = no restriction). */
export type RestrictionsDraft = Record<Exclude<keyof Restrictions, 'cancellationAllowed'>, string> & {
  cancellationAllowed: boolean;
};

const NUMBER_FIELDS = ['daysAhead', 'minNoticeHours', 'cancellationDeadlineHours', 'maxSelfBooked'] as const;

export function toDraft(r: Restrictions): RestrictionsDraft {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    daysAhead: text(r.daysAhead),
    minNoticeHours: text(r.minNoticeHours),
    cancellationDeadlineHours: text(r.cancellationDeadlineHours),
    cancellationAllowed: r.cancellationAllowed,
    maxSelfBooked: text(r.maxSelfBooked),
  };
}

export function fromDraft(d: RestrictionsDraft): Restrictions {
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  return {
    daysAhead: num(d.daysAhead),
    minNoticeHours: num(d.minNoticeHours),
    cancellationDeadlineHours: d.cancellationAllowed ? num(d.cancellationDeadlineHours) : null,
    cancellationAllowed: d.cancellationAllowed,
    maxSelfBooked: num(d.maxSelfBooked),
  };
}

interface Props {
  /** Form id prefix and the field path of the restrictions object (`restrictions` or `ownLimits`). */
  prefix: string;
  path: string;
  legend: string;
  value: RestrictionsDraft;
  onChange: (value: RestrictionsDraft) => void;
  errors: Record<string, string>;
}

export function RestrictionsFields({ prefix, path, legend, value, onChange, errors }: Props) {
  const t = useAdminT();
  const id = (field: string) => fieldId(prefix, `${path}.${field}`);
  const labels = {
    daysAhead: t('restrictions.daysAhead'),
    minNoticeHours: t('restrictions.minNoticeHours'),
    cancellationDeadlineHours: t('restrictions.cancellationDeadlineHours'),
    maxSelfBooked: t('restrictions.maxSelfBooked'),
  };
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <p className="field-hint">{t('restrictions.hint')}</p>
      <div className="field-row">
        {NUMBER_FIELDS.filter((f) => f !== 'cancellationDeadlineHours' || value.cancellationAllowed).map((f) => (
          <TextField
            key={f}
            id={id(f)}
            label={labels[f]}
            type="number"
            min={0}
            size="short"
            value={value[f]}
            onChange={(v) => onChange({ ...value, [f]: v })}
            error={errors[`${path}.${f}`]}
          />
        ))}
      </div>
      <CheckboxField
        id={id('cancellationAllowed')}
        label={t('restrictions.cancellationAllowed')}
        checked={value.cancellationAllowed}
        onChange={(v) => onChange({ ...value, cancellationAllowed: v })}
        error={errors[`${path}.cancellationAllowed`]}
      />
    </fieldset>
  );
}
