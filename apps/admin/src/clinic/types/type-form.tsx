import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  appointmentTypeSchema,
  NO_RESTRICTIONS,
  type AppointmentTypeConfig,
  type DepartmentConfig,
  APPOINTMENT_TYPE_LIMITS,
} from '@bn/domain';
import {
  CheckboxField,
  EditForm,
  SelectField,
  TextField,
  TextareaField,
  fieldId,
  useFieldErrors,
  useTRPC,
  checkedBy,
} from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { RestrictionsFields, fromDraft, toDraft } from '../restrictions-fields.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

export function newType(clinicId: string): AppointmentTypeConfig {
  return {
    id: '',
    clinicId,
    name: '',
    durationMinutes: 30,
    colour: '#3366cc',
    bookableOnline: false,
    notificationsOn: false,
    automaticDialog: null,
    departmentId: null,
    ownLimitsEnabled: false,
    ownLimits: NO_RESTRICTIONS,
  };
}

interface Props {
  initial: AppointmentTypeConfig;
  isNew: boolean;
  departments: readonly DepartmentConfig[];
  onSaved: (saved: { id: string; name: string }) => void;
  onCancel: () => void;
}

/** T1–T5, K3, K4: name, duration, colour, online, notifications, automatic dialog, visiting address, own limits. */
export function TypeForm({ initial, isNew, departments, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({
    ...initial,
    id: initial.id || crypto.randomUUID(),
    durationMinutes: String(initial.durationMinutes),
    automaticDialog: initial.automaticDialog ?? '',
    departmentId: initial.departmentId ?? '',
  }));
  const [limits, setLimits] = useState(toDraft(initial.ownLimits));
  const save = useMutation(checkedBy(appointmentTypeSchema, trpc.types.upsert.mutationOptions({ onSuccess: refresh })));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('type', path);
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) =>
    setValue((prev) => ({ ...prev, [key]: v }));

  const submit = () => {
    const input: AppointmentTypeConfig = {
      ...value,
      durationMinutes: value.durationMinutes.trim() === '' ? Number.NaN : Number(value.durationMinutes),
      automaticDialog: value.automaticDialog.trim() || null,
      departmentId: value.departmentId || null,
      ownLimits: value.ownLimitsEnabled ? fromDraft(limits) : initial.ownLimits,
    };
    save.mutate(input, { onSuccess: () => onSaved({ id: value.id, name: value.name }) });
  };

  return (
    <EditForm
      id="type-form"
      label={isNew ? t('types.new') : t('form.editNamed', { name: initial.name })}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('types.save')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <h3>{isNew ? t('types.new') : initial.name}</h3>
      <TextField
        id={id('name')}
        label={t('types.name')}
        hint={t('types.name.hint')}
        value={value.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <div className="field-row">
        <TextField
          id={id('durationMinutes')}
          label={t('types.duration')}
          type="number"
          min={5}
          max={480}
          step={5}
          size="short"
          value={value.durationMinutes}
          onChange={(v) => set('durationMinutes', v)}
          error={errors.durationMinutes}
        />
        <TextField
          id={id('colour')}
          label={t('types.colour')}
          type="color"
          size="short"
          value={value.colour}
          onChange={(v) => set('colour', v)}
          error={errors.colour}
        />
      </div>
      <CheckboxField
        id={id('bookableOnline')}
        label={t('types.online')}
        hint={t('types.online.hint')}
        checked={value.bookableOnline}
        onChange={(v) => set('bookableOnline', v)}
        error={errors.bookableOnline}
      />
      <CheckboxField
        id={id('notificationsOn')}
        label={t('types.notifications')}
        hint={t('types.notifications.hint')}
        checked={value.notificationsOn}
        onChange={(v) => set('notificationsOn', v)}
        error={errors.notificationsOn}
      />
      <TextareaField
        id={id('automaticDialog')}
        label={t('types.dialog')}
        hint={t('types.dialog.hint')}
        maxLength={APPOINTMENT_TYPE_LIMITS.automaticDialogLength}
        value={value.automaticDialog}
        onChange={(v) => set('automaticDialog', v)}
        error={errors.automaticDialog}
      />
      <SelectField
        id={id('departmentId')}
        label={t('types.department')}
        hint={t('types.department.hint')}
        value={value.departmentId}
        placeholder={t('types.department.all')}
        options={departments.map((d) => ({ value: d.id, label: `${d.name}, ${d.street}` }))}
        onChange={(v) => set('departmentId', v)}
        error={errors.departmentId}
      />
      <CheckboxField
        id={id('ownLimitsEnabled')}
        label={t('types.ownLimits')}
        hint={t('types.ownLimits.hint')}
        checked={value.ownLimitsEnabled}
        onChange={(v) => set('ownLimitsEnabled', v)}
        error={errors.ownLimitsEnabled}
      />
      {value.ownLimitsEnabled && (
        <RestrictionsFields
          prefix="type"
          path="ownLimits"
          legend={t('types.ownLimits.legend')}
          value={limits}
          onChange={setLimits}
          errors={errors}
        />
      )}
    </EditForm>
  );
}
