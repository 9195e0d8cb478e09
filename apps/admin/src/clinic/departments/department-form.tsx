import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DepartmentConfig } from '@bn/domain';
import { departmentSchema } from '@bn/domain';
import { EditForm, TextField, fieldId, useFieldErrors, useTRPC, checkedBy } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  initial: DepartmentConfig;
  isNew: boolean;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** D1: a department's name and visiting address. */
export function DepartmentForm({ initial, isNew, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({ ...initial, id: initial.id || crypto.randomUUID() }));
  const save = useMutation(
    checkedBy(departmentSchema, trpc.departments.upsert.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('department', path);
  const set = (key: 'name' | 'street' | 'postcode' | 'city', v: string) => setValue((prev) => ({ ...prev, [key]: v }));

  return (
    <EditForm
      id="department-form"
      label={isNew ? t('departments.new') : t('form.editNamed', { name: initial.name })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('departments.save')}
      onCancel={onCancel}
      onSubmit={() => save.mutate(value, { onSuccess: () => onSaved(value.name) })}
    >
      <h3>{isNew ? t('departments.new') : initial.name}</h3>
      <TextField
        id={id('name')}
        label={t('departments.name')}
        value={value.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <TextField
        id={id('street')}
        label={t('departments.street')}
        autoComplete="street-address"
        value={value.street}
        onChange={(v) => set('street', v)}
        error={errors.street}
      />
      <div className="field-row">
        <TextField
          id={id('postcode')}
          label={t('departments.postcode')}
          inputMode="numeric"
          size="short"
          autoComplete="postal-code"
          value={value.postcode}
          onChange={(v) => set('postcode', v)}
          error={errors.postcode}
        />
        <TextField
          id={id('city')}
          label={t('departments.city')}
          autoComplete="address-level2"
          value={value.city}
          onChange={(v) => set('city', v)}
          error={errors.city}
        />
      </div>
    </EditForm>
  );
}
