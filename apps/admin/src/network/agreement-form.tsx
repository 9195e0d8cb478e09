import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { agreementSchema, AGREEMENT_STATUSES, osloDate, type AgreementConfig } from '@bn/domain';
import {
  checkedBy,
  DateField,
  EditForm,
  fieldId,
  missingChoices,
  RadioGroup,
  SelectField,
  useFieldErrors,
  useTRPC,
} from '@bn/ui';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export interface AgreementDraft extends AgreementConfig {
  /** For a personal agreement: the practitioner's clinic, to choose the practitioner from; and its name. */
  practitionerClinicId?: string;
  partyName?: string;
}

export function newAgreement(clinicId: string | null): AgreementDraft {
  return {
    id: '',
    insurerId: '',
    clinicId,
    practitionerId: null,
    status: 'pending',
    validFrom: osloDate(new Date()),
    validTo: null,
  };
}

interface Props {
  initial: AgreementDraft;
  isNew: boolean;
  onSaved: () => void;
  onCancel: () => void;
}

const STATUS_KEYS = {
  pending: 'agreements.status.pending',
  approved: 'agreements.status.approved',
  ended: 'agreements.status.ended',
} as const;

/** N3: an agreement between an insurer and a clinic, or a practitioner personally, with its status and validity. */
export function AgreementForm({ initial, isNew, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  const clinics = useQuery(trpc.clinics.list.queryOptions());
  const [value, setValue] = useState(() => ({
    ...initial,
    id: initial.id || crypto.randomUUID(),
    validTo: initial.validTo ?? '',
  }));
  const [scope, setScope] = useState<'clinic' | 'practitioner'>(initial.practitionerId ? 'practitioner' : 'clinic');
  const [clinicId, setClinicId] = useState(initial.clinicId ?? initial.practitionerClinicId ?? '');
  const config = useQuery(
    trpc.clinicConfig.get.queryOptions({ clinicId }, { enabled: scope === 'practitioner' && clinicId !== '' }),
  );
  const save = useMutation(checkedBy(agreementSchema, trpc.agreements.upsert.mutationOptions({ onSuccess: refresh })));
  const [missing, setMissing] = useState<Error | null>(null);
  const error = missing ?? save.error;
  const errors = useFieldErrors(error);
  const id = (path: string) => fieldId('agreement', path);
  const practitioners =
    config.data?.practitioners.map((p) => ({ value: p.id, label: p.name })) ??
    (initial.practitionerId
      ? [{ value: initial.practitionerId, label: initial.partyName ?? initial.practitionerId }]
      : []);

  const submit = () => {
    const unchosen = missingChoices([
      ['insurerId', value.insurerId, t('agreements.insurer.required')],
      ['clinicId', clinicId, t('agreements.clinic.required')],
      ...(scope === 'practitioner'
        ? ([['practitionerId', value.practitionerId, t('agreements.practitioner.required')]] as const)
        : []),
    ]);
    setMissing(unchosen);
    if (unchosen) return;
    const input: AgreementConfig = {
      id: value.id,
      insurerId: value.insurerId,
      clinicId: scope === 'clinic' ? clinicId || null : null,
      practitionerId: scope === 'practitioner' ? value.practitionerId || null : null,
      status: value.status,
      validFrom: value.validFrom,
      validTo: value.validTo || null,
    };
    save.mutate(input, { onSuccess: onSaved });
  };

  return (
    <EditForm
      id="agreement-form"
      label={isNew ? t('agreements.new') : t('agreements.edit')}
      error={error}
      pending={save.isPending}
      submitLabel={t('agreements.save')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <h2>{isNew ? t('agreements.new') : t('agreements.edit')}</h2>
      <SelectField
        id={id('insurerId')}
        label={t('agreements.insurer')}
        placeholder={t('form.choose')}
        value={value.insurerId}
        options={(insurers.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
        onChange={(v) => setValue({ ...value, insurerId: v })}
        error={errors.insurerId}
      />
      <RadioGroup
        id={id('scope')}
        legend={t('agreements.scope')}
        value={scope}
        choices={[
          { value: 'clinic', label: t('agreements.scope.clinic') },
          { value: 'practitioner', label: t('agreements.scope.practitioner') },
        ]}
        onChange={(v) => setScope(v as 'clinic' | 'practitioner')}
      />
      <SelectField
        id={id('clinicId')}
        label={t('agreements.clinic')}
        placeholder={t('form.choose')}
        value={clinicId}
        options={(clinics.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onChange={setClinicId}
        error={errors.clinicId}
      />
      {scope === 'practitioner' && (
        <SelectField
          id={id('practitionerId')}
          label={t('agreements.practitioner')}
          placeholder={t('form.choose')}
          value={value.practitionerId ?? ''}
          options={practitioners}
          onChange={(v) => setValue({ ...value, practitionerId: v })}
          error={errors.practitionerId}
        />
      )}
      <SelectField
        id={id('status')}
        label={t('agreements.status')}
        value={value.status}
        options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
        onChange={(v) => setValue({ ...value, status: v as AgreementConfig['status'] })}
        error={errors.status}
      />
      <div className="field-row">
        <DateField
          id={id('validFrom')}
          label={t('agreements.validFrom')}
          size="short"
          value={value.validFrom}
          onChange={(v) => setValue({ ...value, validFrom: v })}
          error={errors.validFrom}
        />
        <DateField
          id={id('validTo')}
          label={t('agreements.validTo')}
          hint={t('agreements.validTo.hint')}
          size="short"
          value={value.validTo}
          onChange={(v) => setValue({ ...value, validTo: v })}
          error={errors.validTo}
        />
      </div>
    </EditForm>
  );
}
