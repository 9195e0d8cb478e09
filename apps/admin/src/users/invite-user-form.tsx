// «Ny bruker»: a login for someone, by invitation e-mail. In a clinic: an administrator or a practitioner (linked to
// its practitioner record); for the operator, every role with its scope (clinic, practitioner, insurer).
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS, inviteUserInput, invitableRoles, type Role } from '@bn/domain';
import {
  EditForm,
  RadioGroup,
  SelectField,
  TextField,
  checkedBy,
  fieldId,
  useFieldErrors,
  useLocale,
  useSessionUser,
  useTRPC,
  type SelectOption,
} from '@bn/ui';
import { useAdminT } from '../i18n/use-admin-t.js';

interface Props {
  /** Inviting into one clinic (its section); null on the network's page, where a clinic is chosen. */
  clinicId: string | null;
  clinics: readonly SelectOption[];
  /** The practitioners (of the chosen clinic) without a login. */
  practitioners: (clinicId: string) => readonly SelectOption[];
  insurers: readonly SelectOption[];
  onSent: (email: string) => void;
  onCancel: () => void;
}

export function InviteUserForm({ clinicId, clinics, practitioners, insurers, onSent, onCancel }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const actor = useSessionUser();
  const roles = invitableRoles(actor.role).filter((r) => !clinicId || r === 'clinic_admin' || r === 'practitioner');
  const [value, setValue] = useState({
    name: '',
    email: '',
    role: (clinicId ? 'practitioner' : 'clinic_admin') as Role,
    clinicId: clinicId ?? '',
    practitionerId: '',
    insurerId: '',
  });
  const invite = useMutation(
    checkedBy(
      inviteUserInput,
      trpc.users.invite.mutationOptions({
        onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.users.list.pathKey() }),
      }),
    ),
  );
  const errors = useFieldErrors(invite.error);
  const id = (path: string) => fieldId('invite', path);
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) =>
    setValue((prev) => ({ ...prev, [key]: v }));
  const free = value.clinicId ? practitioners(value.clinicId) : [];

  return (
    <EditForm
      id="invite-form"
      label={t('users.invite.heading')}
      error={invite.error}
      pending={invite.isPending}
      submitLabel={t('users.invite.submit')}
      onCancel={onCancel}
      onSubmit={() =>
        invite.mutate(
          {
            name: value.name,
            email: value.email,
            role: value.role,
            clinicId: value.role === 'clinic_admin' ? value.clinicId || null : null,
            practitionerId: value.role === 'practitioner' ? value.practitionerId || null : null,
            insurerId: value.role === 'insurer_agent' ? value.insurerId || null : null,
          },
          { onSuccess: () => onSent(value.email.trim()) },
        )
      }
    >
      <h2>{t('users.invite.heading')}</h2>
      <TextField
        id={id('name')}
        label={t('users.invite.name')}
        value={value.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <TextField
        id={id('email')}
        label={t('users.invite.email')}
        type="email"
        value={value.email}
        onChange={(v) => set('email', v)}
        error={errors.email}
      />
      <RadioGroup
        id={id('role')}
        legend={t('users.invite.role')}
        choices={roles.map((r) => ({ value: r, label: ROLE_LABELS[r][locale] }))}
        value={value.role}
        onChange={(v) => set('role', v as Role)}
        error={errors.role}
      />
      {!clinicId && (value.role === 'clinic_admin' || value.role === 'practitioner') && (
        <SelectField
          id={id('clinicId')}
          label={t('users.invite.clinic')}
          placeholder={t('form.choose')}
          options={clinics}
          value={value.clinicId}
          onChange={(v) => setValue((prev) => ({ ...prev, clinicId: v, practitionerId: '' }))}
          error={errors.clinicId}
        />
      )}
      {value.role === 'practitioner' && value.clinicId && (
        <SelectField
          id={id('practitionerId')}
          label={t('users.invite.practitioner')}
          hint={free.length ? t('users.invite.practitioner.hint') : t('users.invite.noPractitioners')}
          placeholder={t('form.choose')}
          options={free}
          value={value.practitionerId}
          onChange={(v) => set('practitionerId', v)}
          error={errors.practitionerId}
        />
      )}
      {value.role === 'insurer_agent' && (
        <SelectField
          id={id('insurerId')}
          label={t('users.invite.insurer')}
          placeholder={t('form.choose')}
          options={insurers}
          value={value.insurerId}
          onChange={(v) => set('insurerId', v)}
          error={errors.insurerId}
        />
      )}
    </EditForm>
  );
}
