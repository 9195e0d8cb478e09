// One insurer case registered by hand: case id, the birth date of the person it is for, the day the insurer created
// it, how long it lasts, and what it grants (a total, or counts per B-tariff). Dates are typed dd.mm.yyyy.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { osloDate } from '@bn/domain';
import { EditForm, TextField, fieldId, missingChoices, useFieldErrors, useTRPC } from '@bn/ui';
import { GrantFields, emptyGrantDraft, grantOfDraft } from '../../components/grant-fields.js';
import { displayDate, parseDisplayDate } from '../../clinic/calendar/calendar-params.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  insurer: { id: string; name: string };
  onSaved: (caseId: string) => void;
  onCancel: () => void;
}

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
    grant: emptyGrantDraft(),
  });
  const [localError, setLocalError] = useState<Error | null>(null);
  const save = useMutation(trpc.cases.register.mutationOptions({ onSuccess: refresh }));
  const error = localError ?? save.error;
  const errors = useFieldErrors(error);
  const id = (path: string) => fieldId('register-case', path);
  const set = (patch: Partial<typeof value>) => setValue((v) => ({ ...v, ...patch }));

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
    const one = {
      caseId: value.caseId,
      insurerId: insurer.id,
      birthDate: dates.birthDate ?? '',
      createdOn: dates.createdOn ?? '',
      validTo: dates.validTo,
      grant: grantOfDraft(value.grant),
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
      <GrantFields
        value={value.grant}
        onChange={(grant) => set({ grant })}
        idOf={id}
        tariffs={insuranceTariffs}
        errorAt={grantError}
      />
    </EditForm>
  );
}
