import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { InsurerConfig } from '@bn/domain';
import { insurerSchema } from '@bn/domain';
import { CheckboxField, EditForm, TextField, fieldId, useFieldErrors, useTRPC, checkedBy } from '@bn/ui';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export const NEW_INSURER: InsurerConfig = {
  id: '',
  name: '',
  orgNumber: '',
  offersPsychologistBooking: false,
  hasPatientApp: false,
  appName: null,
};

interface Props {
  initial: InsurerConfig;
  isNew: boolean;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** An insurer: name, org number, whether it offers online booking for psychologists (N4), its patient app. */
export function InsurerForm({ initial, isNew, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({
    ...initial,
    id: initial.id || crypto.randomUUID(),
    appName: initial.appName ?? '',
  }));
  const save = useMutation(checkedBy(insurerSchema, trpc.insurers.upsert.mutationOptions({ onSuccess: refresh })));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('insurer', path);
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) =>
    setValue((prev) => ({ ...prev, [key]: v }));

  return (
    <EditForm
      id="insurer-form"
      label={isNew ? t('insurers.new') : t('form.editNamed', { name: initial.name })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('insurers.save')}
      onCancel={onCancel}
      onSubmit={() =>
        save.mutate(
          { ...value, appName: value.hasPatientApp ? value.appName.trim() || null : null },
          { onSuccess: () => onSaved(value.name) },
        )
      }
    >
      <h2>{isNew ? t('insurers.new') : initial.name}</h2>
      <TextField
        id={id('name')}
        label={t('insurers.name')}
        value={value.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <TextField
        id={id('orgNumber')}
        label={t('insurers.orgNumber')}
        hint={t('insurers.orgNumber.hint')}
        inputMode="numeric"
        size="short"
        value={value.orgNumber}
        onChange={(v) => set('orgNumber', v)}
        error={errors.orgNumber}
      />
      <CheckboxField
        id={id('offersPsychologistBooking')}
        label={t('insurers.psychologists')}
        hint={t('insurers.psychologists.hint')}
        checked={value.offersPsychologistBooking}
        onChange={(v) => set('offersPsychologistBooking', v)}
        error={errors.offersPsychologistBooking}
      />
      <CheckboxField
        id={id('hasPatientApp')}
        label={t('insurers.hasApp')}
        checked={value.hasPatientApp}
        onChange={(v) => set('hasPatientApp', v)}
        error={errors.hasPatientApp}
      />
      {value.hasPatientApp && (
        <TextField
          id={id('appName')}
          label={t('insurers.appName')}
          value={value.appName}
          onChange={(v) => set('appName', v)}
          error={errors.appName}
        />
      )}
    </EditForm>
  );
}
