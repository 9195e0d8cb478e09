import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  storedTariffCode,
  tariffSchema,
  PROFESSIONS,
  PROFESSION_INFO,
  TARIFF_KINDS,
  TARIFF_KIND_LABELS,
  type TariffConfig,
  type TariffKind,
} from '@bn/domain';
import {
  CheckboxGroup,
  EditForm,
  RadioGroup,
  TextField,
  fieldId,
  useFieldErrors,
  useLocale,
  useTRPC,
  checkedBy,
} from '@bn/ui';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export const NEW_TARIFF: TariffConfig = { id: '', code: '', name: '', kind: 'insurance', professions: [] };

interface Props {
  initial: TariffConfig;
  isNew: boolean;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** A tariff: code, Norwegian name, kind (only B-codes can be insurance tariffs — T2) and the professions it is for. */
export function TariffForm({ initial, isNew, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({ ...initial, id: initial.id || crypto.randomUUID() }));
  const save = useMutation(checkedBy(tariffSchema, trpc.tariffs.upsert.mutationOptions({ onSuccess: refresh })));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('tariff', path);

  return (
    <EditForm
      id="tariff-form"
      label={isNew ? t('tariffs.new') : t('form.editNamed', { name: initial.code })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('tariffs.save')}
      onCancel={onCancel}
      // The notice names the code as stored (B1010 for a typed «b1010»).
      onSubmit={() => save.mutate(value, { onSuccess: () => onSaved(storedTariffCode(value.code)) })}
    >
      <h2>{isNew ? t('tariffs.new') : initial.code}</h2>
      <RadioGroup
        id={id('kind')}
        legend={t('tariffs.kind')}
        value={value.kind}
        choices={TARIFF_KINDS.map((k) => ({ value: k, label: TARIFF_KIND_LABELS[k][locale] }))}
        onChange={(v) => setValue({ ...value, kind: v as TariffKind })}
        error={errors.kind}
      />
      <TextField
        id={id('code')}
        label={t('tariffs.code')}
        hint={t('tariffs.code.hint')}
        size="short"
        value={value.code}
        onChange={(v) => setValue({ ...value, code: v })}
        error={errors.code}
      />
      <TextField
        id={id('name')}
        label={t('tariffs.name')}
        value={value.name}
        onChange={(v) => setValue({ ...value, name: v })}
        error={errors.name}
      />
      <CheckboxGroup
        id={id('professions')}
        legend={t('tariffs.professions')}
        hint={t('tariffs.professions.hint')}
        values={value.professions}
        choices={PROFESSIONS.filter((p) => PROFESSION_INFO[p].networkEligible).map((p) => ({
          value: p,
          label: PROFESSION_INFO[p][locale],
        }))}
        onChange={(v) => setValue({ ...value, professions: v as TariffConfig['professions'] })}
        error={errors.professions}
      />
    </EditForm>
  );
}
