// A claim on the patient card (P2): with a case id, looked up at the insurer and imported (the birth date in the
// patient's national id must be the case's); or by hand without one — case number, a total count or a count per
// treatment type, and the validity period. The server's refusals stand by their fields.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { osloDate } from '@bn/domain';
import { DateField, EditForm, fieldId, SelectField, TextField, useFieldErrors, useTRPC } from '@bn/ui';
import { GrantFields, emptyGrantDraft, grantOfDraft } from '../../components/grant-fields.js';
import { useClinicConfig } from '../../api/use-clinic.js';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';

interface Props {
  patientId: string;
  onSaved: (text: string) => void;
  onCancel: () => void;
}

interface ImportProps extends Props {
  /** A claim a booking made (K5) whose case is not looked up yet: its insurer and case id filled in. */
  initial?: { insurerId: string; caseId: string } | undefined;
}

/** The insurers the clinic (or one of its practitioners) has an agreement with, for the insurer choice. */
function useInsurerOptions() {
  const config = useClinicConfig();
  const seen = new Map<string, string>();
  for (const a of config.data?.agreements ?? []) seen.set(a.insurerId, a.insurerName);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}

export function ImportCaseForm({ patientId, onSaved, onCancel, initial }: ImportProps) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const insurers = useInsurerOptions();
  const [insurerId, setInsurerId] = useState(initial?.insurerId ?? '');
  const [caseId, setCaseId] = useState(initial?.caseId ?? '');
  const save = useMutation(trpc.claims.importCase.mutationOptions({ onSuccess: refresh }));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('import-case', path);
  return (
    <EditForm
      id="import-case"
      label={t('claims.import')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('claims.import.submit')}
      onCancel={onCancel}
      onSubmit={() =>
        save.mutate(
          { patientId, insurerId, caseId },
          { onSuccess: (r) => onSaved(t(`claims.import.${r.outcome}`, { caseId: r.claim.caseId ?? caseId })) },
        )
      }
    >
      <h5>{t('claims.import')}</h5>
      <p className="muted">{t('claims.import.intro')}</p>
      <SelectField
        id={id('insurerId')}
        label={t('claims.insurer')}
        placeholder={t('claims.insurer.choose')}
        value={insurerId}
        options={insurers}
        onChange={setInsurerId}
        error={errors.insurerId}
      />
      <TextField
        id={id('caseId')}
        label={t('claims.caseId')}
        autoComplete="off"
        size="short"
        value={caseId}
        onChange={setCaseId}
        error={errors.caseId}
      />
    </EditForm>
  );
}

export function ClaimByHandForm({ patientId, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const config = useClinicConfig();
  const insurers = useInsurerOptions();
  const insuranceTariffs = (config.data?.tariffs ?? []).filter((x) => x.kind === 'insurance');
  const today = osloDate(new Date());
  const [value, setValue] = useState({
    insurerId: '',
    caseNumber: '',
    grant: emptyGrantDraft(),
    validFrom: today,
    validTo: '',
  });
  const save = useMutation(trpc.claims.createByHand.mutationOptions({ onSuccess: refresh }));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('claim-by-hand', path);

  return (
    <EditForm
      id="claim-by-hand"
      label={t('claims.byHand')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('claims.byHand.submit')}
      onCancel={onCancel}
      onSubmit={() =>
        save.mutate(
          {
            patientId,
            claim: {
              insurerId: value.insurerId,
              caseNumber: value.caseNumber,
              grant: grantOfDraft(value.grant),
              validFrom: value.validFrom,
              validTo: value.validTo,
            },
          },
          { onSuccess: () => onSaved(t('claims.byHand.done', { number: value.caseNumber.trim() })) },
        )
      }
    >
      <h5>{t('claims.byHand')}</h5>
      <p className="muted">{t('claims.byHand.intro')}</p>
      <SelectField
        id={id('insurerId')}
        label={t('claims.insurer')}
        placeholder={t('claims.insurer.choose')}
        value={value.insurerId}
        options={insurers}
        onChange={(v) => setValue({ ...value, insurerId: v })}
        error={errors['claim.insurerId']}
      />
      <TextField
        id={id('caseNumber')}
        label={t('claims.caseNumber')}
        autoComplete="off"
        size="short"
        value={value.caseNumber}
        onChange={(v) => setValue({ ...value, caseNumber: v })}
        error={errors['claim.caseNumber']}
      />
      <GrantFields
        value={value.grant}
        onChange={(grant) => setValue({ ...value, grant })}
        idOf={id}
        tariffs={insuranceTariffs}
        errorAt={(path) => errors[`claim.grant.treatments${path}`]}
      />
      <DateField
        id={id('validFrom')}
        label={t('claims.validFrom')}
        size="short"
        value={value.validFrom}
        onChange={(v) => setValue({ ...value, validFrom: v })}
        error={errors['claim.validFrom']}
      />
      <DateField
        id={id('validTo')}
        label={t('claims.validTo')}
        size="short"
        value={value.validTo}
        onChange={(v) => setValue({ ...value, validTo: v })}
        error={errors['claim.validTo']}
      />
    </EditForm>
  );
}
