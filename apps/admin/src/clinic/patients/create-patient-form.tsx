// «Ny pasient»: a card the clinic makes itself, checked with the server's own schema before it is sent. A national id
// the clinic already has is refused (PATIENT_EXISTS) with a link to the card it has.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { createPatientInput } from '@bn/domain';
import { EditForm, TextField, checkedBy, fieldId, readApiError, useFieldErrors, useTRPC } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  clinicId: string;
  onCreated: (patientId: string, name: string) => void;
  onCancel: () => void;
}

export function CreatePatientForm({ clinicId, onCreated, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const [value, setValue] = useState({ nationalId: '', name: '', phone: '', email: '' });
  const create = useMutation(checkedBy(createPatientInput, trpc.patients.create.mutationOptions()));
  const errors = useFieldErrors(create.error);
  const info = create.error ? readApiError(create.error) : null;
  const existing = info?.appCode === 'PATIENT_EXISTS' ? info.values.patientId : null;
  const id = (path: string) => fieldId('new-patient', path);
  const set = (key: keyof typeof value) => (v: string) => setValue((prev) => ({ ...prev, [key]: v }));

  return (
    <>
      <EditForm
        id="new-patient"
        label={t('patientList.new')}
        error={create.error}
        pending={create.isPending}
        submitLabel={t('patientList.create')}
        onCancel={onCancel}
        onSubmit={() =>
          create.mutate(
            {
              clinicId,
              nationalId: value.nationalId,
              name: value.name,
              phone: value.phone.trim() || null,
              email: value.email.trim() || null,
            },
            { onSuccess: ({ patientId }) => onCreated(patientId, value.name.trim()) },
          )
        }
      >
        <h3>{t('patientList.new')}</h3>
        <TextField
          id={id('nationalId')}
          label={t('patients.nationalId')}
          hint={t('patientList.nationalId.hint')}
          inputMode="numeric"
          autoComplete="off"
          size="short"
          value={value.nationalId}
          onChange={set('nationalId')}
          error={errors.nationalId}
        />
        <TextField
          id={id('name')}
          label={t('patientList.name')}
          autoComplete="off"
          value={value.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          id={id('phone')}
          label={t('patientList.phone')}
          autoComplete="off"
          size="short"
          value={value.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextField
          id={id('email')}
          label={t('patientList.email')}
          type="email"
          autoComplete="off"
          value={value.email}
          onChange={set('email')}
          error={errors.email}
        />
      </EditForm>
      {typeof existing === 'string' && existing && (
        <p>
          <Link to={`?pasient=${encodeURIComponent(existing)}`}>{t('patientList.openExisting')}</Link>
        </p>
      )}
    </>
  );
}
