// One insurer case registered by hand: case id, the birth date of the person it is for, the day the insurer created
// it, how long it lasts, and what it grants (a total, or counts per B-tariff). Dates are typed dd.mm.yyyy.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { osloDate, type ClaimGrant } from '@bn/domain';
import { EditForm, RadioGroup, SelectField, TextField, fieldId, missingChoices, useFieldErrors, useTRPC } from '@bn/ui';
import { displayDate, parseDisplayDate } from '../../clinic/calendar/calendar-params.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  insurer: { id: string; name: string };
  onSaved: (caseId: string) => void;
  onCancel: () => void;
}

interface TariffRow {
  code: string;
  treatments: string;
}

const count = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const at = (field: string) => `cases.0.${field}`;

export function RegisterCaseForm({ insurer, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const tariffs = useQuery(trpc.tariffs.list.queryOptions());
  const insuranceTariffs = (tariffs.data ?? []).filter((x) => x.kind === 'insurance');
  const [value, setValue] = useState({
    caseId: '',
    birthDate: '',
    createdOn: displayDate(osloDate(new Date())),
    validTo: '',
    type: 'total' as ClaimGrant['type'],
    total: '',
    rows: [{ code: '', treatments: '' }] as TariffRow[],
  });
  const [localError, setLocalError] = useState<Error | null>(null);
  const save = useMutation(trpc.cases.register.mutationOptions({ onSuccess: refresh }));
  const error = localError ?? save.error;
  const errors = useFieldErrors(error);
  const id = (path: string) => fieldId('register-case', path);
  const set = (patch: Partial<typeof value>) => setValue((v) => ({ ...v, ...patch }));
  const setRow = (i: number, row: Partial<TariffRow>) =>
    setValue((v) => ({ ...v, rows: v.rows.map((r, j) => (j === i ? { ...r, ...row } : r)) }));

  const submit = () => {
    const dates = {
      birthDate: parseDisplayDate(value.birthDate),
      createdOn: parseDisplayDate(value.createdOn),
      validTo: value.validTo.trim() === '' ? null : parseDisplayDate(value.validTo),
    };
    const format = t('cases.date.format');
    const refused = missingChoices([
      [at('birthDate'), dates.birthDate, format],
      [at('createdOn'), dates.createdOn, format],
      ...(value.validTo.trim() === '' ? [] : [[at('validTo'), dates.validTo, format] as const]),
    ]);
    setLocalError(refused);
    if (refused) return;
    const grant: ClaimGrant =
      value.type === 'total'
        ? { type: 'total', treatments: count(value.total) }
        : {
            type: 'per_treatment_type',
            treatments: Object.fromEntries(value.rows.filter((r) => r.code).map((r) => [r.code, count(r.treatments)])),
          };
    const one = {
      caseId: value.caseId,
      insurerId: insurer.id,
      birthDate: dates.birthDate ?? '',
      createdOn: dates.createdOn ?? '',
      validTo: dates.validTo,
      grant,
    };
    save.mutate({ cases: [one] }, { onSuccess: () => onSaved(value.caseId.replace(/\s/g, '').toUpperCase()) });
  };
  const grantError = (path: string) => errors[at(`grant.treatments${path}`)];
  const dateHint = t('cases.date.hint');

  return (
    <EditForm
      id="register-case"
      label={t('cases.register')}
      error={error}
      pending={save.isPending}
      submitLabel={t('cases.register.submit')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <h2>{t('cases.registerFor', { name: insurer.name })}</h2>
      <TextField
        id={id('caseId')}
        label={t('cases.caseId')}
        autoComplete="off"
        size="short"
        value={value.caseId}
        onChange={(caseId) => set({ caseId })}
        error={errors[at('caseId')]}
      />
      <TextField
        id={id('birthDate')}
        label={t('cases.birthDate')}
        hint={dateHint}
        autoComplete="off"
        size="short"
        value={value.birthDate}
        onChange={(birthDate) => set({ birthDate })}
        error={errors[at('birthDate')]}
      />
      <TextField
        id={id('createdOn')}
        label={t('cases.createdOn')}
        hint={t('cases.createdOn.hint')}
        size="short"
        value={value.createdOn}
        onChange={(createdOn) => set({ createdOn })}
        error={errors[at('createdOn')]}
      />
      <TextField
        id={id('validTo')}
        label={t('cases.validTo')}
        hint={t('cases.validTo.hint')}
        size="short"
        value={value.validTo}
        onChange={(validTo) => set({ validTo })}
        error={errors[at('validTo')]}
      />
      <RadioGroup
        id={id('type')}
        legend={t('claims.type')}
        value={value.type}
        choices={[
          { value: 'total', label: t('claims.type.total') },
          { value: 'per_treatment_type', label: t('claims.type.perTariff') },
        ]}
        onChange={(v) => set({ type: v === 'total' ? 'total' : 'per_treatment_type' })}
      />
      {value.type === 'total' ? (
        <TextField
          id={id('total')}
          label={t('claims.treatments')}
          type="number"
          min={1}
          size="short"
          value={value.total}
          onChange={(total) => set({ total })}
          error={grantError('')}
        />
      ) : (
        <fieldset className="fieldset">
          <legend>{t('claims.perTariff')}</legend>
          {grantError('') && <p className="field-error">{grantError('')}</p>}
          {value.rows.map((r, i) => (
            <div key={i} className="field-row">
              <SelectField
                id={id(`rows.${i}.code`)}
                label={t('claims.tariff', { n: i + 1 })}
                placeholder={t('claims.tariff.choose')}
                value={r.code}
                options={insuranceTariffs.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))}
                onChange={(code) => setRow(i, { code })}
                error={r.code ? grantError(`.${r.code}`) : undefined}
              />
              <TextField
                id={id(`rows.${i}.treatments`)}
                label={t('claims.treatmentsOf', { n: i + 1 })}
                type="number"
                min={1}
                size="short"
                value={r.treatments}
                onChange={(treatments) => setRow(i, { treatments })}
              />
              {value.rows.length > 1 && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => set({ rows: value.rows.filter((_, j) => j !== i) })}
                >
                  {t('claims.tariff.remove', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => set({ rows: [...value.rows, { code: '', treatments: '' }] })}
          >
            {t('claims.tariff.add')}
          </button>
        </fieldset>
      )}
    </EditForm>
  );
}
