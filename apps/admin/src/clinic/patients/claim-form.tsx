// A claim on the patient card (P2): with a case id, looked up at the insurer and imported (the birth date in the
// patient's national id must be the case's); or by hand without one — case number, a total count or a count per
// treatment type, and the validity period. The server's refusals stand by their fields.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { osloDate } from '@bn/domain';
import { EditForm, RadioGroup, SelectField, TextField, fieldId, useFieldErrors, useTRPC } from '@bn/ui';
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

interface PerTariffRow {
  code: string;
  treatments: string;
}

const toCount = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

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
    type: 'total' as 'total' | 'per_treatment_type',
    total: '',
    rows: [{ code: '', treatments: '' }] as PerTariffRow[],
    validFrom: today,
    validTo: '',
  });
  const save = useMutation(trpc.claims.createByHand.mutationOptions({ onSuccess: refresh }));
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('claim-by-hand', path);
  const setRow = (i: number, row: Partial<PerTariffRow>) =>
    setValue((v) => ({ ...v, rows: v.rows.map((r, j) => (j === i ? { ...r, ...row } : r)) }));
  const grant =
    value.type === 'total'
      ? { type: 'total' as const, treatments: toCount(value.total) }
      : {
          type: 'per_treatment_type' as const,
          treatments: Object.fromEntries(value.rows.filter((r) => r.code).map((r) => [r.code, toCount(r.treatments)])),
        };
  // A missing number reads as NaN, which the schema words as «Skriv inn antall behandlinger.»
  const grantError = (path: string) => errors[`claim.grant.treatments${path}`];

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
              grant,
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
      <RadioGroup
        id={id('type')}
        legend={t('claims.type')}
        value={value.type}
        choices={[
          { value: 'total', label: t('claims.type.total') },
          { value: 'per_treatment_type', label: t('claims.type.perTariff') },
        ]}
        onChange={(v) => setValue({ ...value, type: v === 'total' ? 'total' : 'per_treatment_type' })}
      />
      {value.type === 'total' ? (
        <TextField
          id={id('total')}
          label={t('claims.treatments')}
          type="number"
          min={1}
          size="short"
          value={value.total}
          onChange={(v) => setValue({ ...value, total: v })}
          error={grantError('')}
        />
      ) : (
        <fieldset className="fieldset">
          <legend>{t('claims.perTariff')}</legend>
          {grantError('') && <p className="field-error">{grantError('')}</p>}
          {value.rows.map((r, i) => (
            <div key={i} className="inline-fields">
              <SelectField
                id={id(`rows.${i}.code`)}
                label={t('claims.tariff', { n: i + 1 })}
                placeholder={t('claims.tariff.choose')}
                value={r.code}
                options={insuranceTariffs.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))}
                onChange={(code) => setRow(i, { code })}
                error={r.code ? grantError(`.${r.code}`) : undefined}
              />
              <TextField
                id={id(`rows.${i}.treatments`)}
                label={t('claims.treatmentsOf', { n: i + 1 })}
                type="number"
                min={1}
                size="short"
                value={r.treatments}
                onChange={(treatments) => setRow(i, { treatments })}
              />
              {value.rows.length > 1 && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setValue({ ...value, rows: value.rows.filter((_, j) => j !== i) })}
                >
                  {t('claims.tariff.remove', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setValue({ ...value, rows: [...value.rows, { code: '', treatments: '' }] })}
          >
            {t('claims.tariff.add')}
          </button>
        </fieldset>
      )}
      <TextField
        id={id('validFrom')}
        label={t('claims.validFrom')}
        type="date"
        size="short"
        value={value.validFrom}
        onChange={(v) => setValue({ ...value, validFrom: v })}
        error={errors['claim.validFrom']}
      />
      <TextField
        id={id('validTo')}
        label={t('claims.validTo')}
        type="date"
        size="short"
        value={value.validTo}
        onChange={(v) => setValue({ ...value, validTo: v })}
        error={errors['claim.validTo']}
      />
    </EditForm>
  );
}
