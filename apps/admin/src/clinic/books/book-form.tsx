import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  bookSchema,
  NO_RESTRICTIONS,
  PATIENT_LISTS,
  PATIENT_LIST_LABELS,
  type BookConfig,
  type BookOwnerKind,
} from '@bn/domain';
import {
  CheckboxField,
  CheckboxGroup,
  EditForm,
  RadioGroup,
  SelectField,
  TextField,
  fieldId,
  useFieldErrors,
  useLocale,
  useTRPC,
  checkedBy,
} from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import type { ConfigPractitioner } from '../../api/types.js';
import { RestrictionsFields, fromDraft, toDraft } from '../restrictions-fields.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function newBook(clinicId: string): BookConfig {
  return {
    id: '',
    clinicId,
    name: '',
    ownerKind: 'practitioner',
    ownerPractitionerId: null,
    groupName: null,
    onlineBooking: false,
    patientLists: [],
    restrictions: NO_RESTRICTIONS,
  };
}

interface Props {
  initial: BookConfig;
  isNew: boolean;
  practitioners: readonly ConfigPractitioner[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** B1–B4 and T3: owner, online booking, which patient lists may book, and the restrictions. */
export function BookForm({ initial, isNew, practitioners, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({
    ...initial,
    id: initial.id || crypto.randomUUID(),
    ownerPractitionerId: initial.ownerPractitionerId ?? '',
    groupName: initial.groupName ?? '',
  }));
  const [limits, setLimits] = useState(toDraft(initial.restrictions));
  const save = useMutation(checkedBy(bookSchema, trpc.books.upsert.mutationOptions({ onSuccess: refresh })));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('book', path);
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) =>
    setValue((prev) => ({ ...prev, [key]: v }));

  const submit = () => {
    const input: BookConfig = {
      ...value,
      // Only the fields of the chosen kind of owner travel; the others would be refused (B1).
      ownerPractitionerId: value.ownerKind === 'practitioner' ? value.ownerPractitionerId || null : null,
      groupName: value.ownerKind === 'group' ? value.groupName : null,
      restrictions: fromDraft(limits),
    };
    save.mutate(input, { onSuccess: () => onSaved(value.name) });
  };

  return (
    <EditForm
      id="book-form"
      label={isNew ? t('books.new') : t('form.editNamed', { name: initial.name })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('books.save')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <h3>{isNew ? t('books.new') : initial.name}</h3>
      <TextField
        id={id('name')}
        label={t('books.name')}
        hint={t('books.name.hint')}
        value={value.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <RadioGroup
        id={id('ownerKind')}
        legend={t('books.owner')}
        hint={t('books.owner.hint')}
        value={value.ownerKind}
        choices={(['practitioner', 'clinic', 'group'] as const).map((k) => ({
          value: k,
          label: t(`books.owner.${k}`),
        }))}
        onChange={(v) => set('ownerKind', v as BookOwnerKind)}
        error={errors.ownerKind}
      />
      {value.ownerKind === 'practitioner' && (
        <SelectField
          id={id('ownerPractitionerId')}
          label={t('books.ownerPractitioner')}
          placeholder={t('form.choose')}
          value={value.ownerPractitionerId}
          options={practitioners.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => set('ownerPractitionerId', v)}
          error={errors.ownerPractitionerId}
        />
      )}
      {value.ownerKind === 'group' && (
        <TextField
          id={id('groupName')}
          label={t('books.groupName')}
          value={value.groupName}
          onChange={(v) => set('groupName', v)}
          error={errors.groupName}
        />
      )}
      <CheckboxField
        id={id('onlineBooking')}
        label={t('books.onlineBooking')}
        checked={value.onlineBooking}
        onChange={(v) => set('onlineBooking', v)}
        error={errors.onlineBooking}
      />
      <CheckboxGroup
        id={id('patientLists')}
        legend={t('books.patientLists')}
        hint={t('books.patientLists.hint')}
        values={value.patientLists}
        choices={PATIENT_LISTS.map((p) => ({ value: p, label: PATIENT_LIST_LABELS[p][locale] }))}
        onChange={(v) => set('patientLists', v as BookConfig['patientLists'])}
        error={errors.patientLists}
      />
      <RestrictionsFields
        prefix="book"
        path="restrictions"
        legend={t('books.restrictions')}
        value={limits}
        onChange={setLimits}
        errors={errors}
      />
    </EditForm>
  );
}
