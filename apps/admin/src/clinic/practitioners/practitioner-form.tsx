import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { practitionerSchema, PROFESSIONS, PROFESSION_INFO, type PractitionerConfig } from '@bn/domain';
import { EditForm, SelectField, TextField, fieldId, useFieldErrors, useLocale, useTRPC, checkedBy } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function newPractitioner(clinicId: string): PractitionerConfig {
  return { id: '', clinicId, name: '', profession: 'physiotherapist', hprNumber: null };
}

interface Props {
  initial: PractitionerConfig;
  isNew: boolean;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** N1/N2: name, profession and HPR number (required for authorised professions). */
export function PractitionerForm({ initial, isNew, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({
    ...initial,
    id: initial.id || crypto.randomUUID(),
    hprNumber: initial.hprNumber ?? '',
  }));
  const save = useMutation(
    checkedBy(practitionerSchema, trpc.practitioners.upsert.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('practitioner', path);
  const info = PROFESSION_INFO[value.profession];
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) =>
    setValue((prev) => ({ ...prev, [key]: v }));

  return (
    <EditForm
      id="practitioner-form"
      label={isNew ? t('practitioners.new') : t('form.editNamed', { name: initial.name })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('practitioners.save')}
      onCancel={onCancel}
      onSubmit={() =>
        save.mutate({ ...value, hprNumber: value.hprNumber.trim() || null }, { onSuccess: () => onSaved(value.name) })
      }
    >
      <h3>{isNew ? t('practitioners.new') : initial.name}</h3>
      <TextField
        id={id('name')}
        label={t('practitioners.name')}
        hint={t('practitioners.name.hint')}
        value={value.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <SelectField
        id={id('profession')}
        label={t('practitioners.profession')}
        hint={info.networkEligible ? undefined : t('practitioners.profession.notEligible')}
        value={value.profession}
        options={PROFESSIONS.map((p) => ({ value: p, label: PROFESSION_INFO[p][locale] }))}
        onChange={(v) => set('profession', v as PractitionerConfig['profession'])}
        error={errors.profession}
      />
      <TextField
        id={id('hprNumber')}
        label={t('practitioners.hpr')}
        hint={info.requiresHpr ? t('practitioners.hpr.required') : t('practitioners.hpr.optional')}
        inputMode="numeric"
        size="short"
        value={value.hprNumber}
        onChange={(v) => set('hprNumber', v)}
        error={errors.hprNumber}
      />
    </EditForm>
  );
}
