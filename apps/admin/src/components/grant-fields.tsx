// What a claim or an insurer case grants (P2): a total number of treatments, or a number per B-tariff. One editor for
// the clinic's claim by hand and the operator's case register; the server's refusals stand by their fields.
import { RadioGroup, SelectField, TextField } from '@bn/ui';
import type { ClaimGrant } from '@bn/domain';
import { useAdminT } from '../i18n/use-admin-t.js';

interface TariffRow {
  code: string;
  treatments: string;
}

/** The editor's state: numbers as typed, so an empty field can be refused in words by the server's schema. */
export interface GrantDraft {
  type: ClaimGrant['type'];
  total: string;
  rows: TariffRow[];
}

export const emptyGrantDraft = (): GrantDraft => ({ type: 'total', total: '', rows: [{ code: '', treatments: '' }] });

/** A missing number reads as NaN, which the schema words as «Skriv inn antall behandlinger.» */
const toCount = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

export function grantOfDraft(draft: GrantDraft): ClaimGrant {
  return draft.type === 'total'
    ? { type: 'total', treatments: toCount(draft.total) }
    : {
        type: 'per_treatment_type',
        treatments: Object.fromEntries(draft.rows.filter((r) => r.code).map((r) => [r.code, toCount(r.treatments)])),
      };
}

interface Props {
  value: GrantDraft;
  onChange: (value: GrantDraft) => void;
  /** The field ids, from the form's own `fieldId`. */
  idOf: (path: string) => string;
  tariffs: { code: string; name: string }[];
  /** The server's error for `grant.treatments` + path ('' for the grant as a whole, `.B1011` for one tariff). */
  errorAt: (path: string) => string | undefined;
}

export function GrantFields({ value, onChange, idOf, tariffs, errorAt }: Props) {
  const t = useAdminT();
  const setRows = (rows: TariffRow[]) => onChange({ ...value, rows });
  const setRow = (i: number, row: Partial<TariffRow>) =>
    setRows(value.rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <>
      <RadioGroup
        id={idOf('type')}
        legend={t('claims.type')}
        value={value.type}
        choices={[
          { value: 'total', label: t('claims.type.total') },
          { value: 'per_treatment_type', label: t('claims.type.perTariff') },
        ]}
        onChange={(v) => onChange({ ...value, type: v === 'total' ? 'total' : 'per_treatment_type' })}
      />
      {value.type === 'total' ? (
        <TextField
          id={idOf('total')}
          label={t('claims.treatments')}
          type="number"
          min={1}
          size="short"
          value={value.total}
          onChange={(total) => onChange({ ...value, total })}
          error={errorAt('')}
        />
      ) : (
        <fieldset className="fieldset">
          <legend>{t('claims.perTariff')}</legend>
          {errorAt('') && <p className="field-error">{errorAt('')}</p>}
          {value.rows.map((r, i) => (
            <div key={i} className="field-row">
              <SelectField
                id={idOf(`rows.${i}.code`)}
                label={t('claims.tariff', { n: i + 1 })}
                placeholder={t('claims.tariff.choose')}
                value={r.code}
                options={tariffs.map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }))}
                onChange={(code) => setRow(i, { code })}
                error={r.code ? errorAt(`.${r.code}`) : undefined}
              />
              <TextField
                id={idOf(`rows.${i}.treatments`)}
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
                  onClick={() => setRows(value.rows.filter((_, j) => j !== i))}
                >
                  {t('claims.tariff.remove', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setRows([...value.rows, { code: '', treatments: '' }])}
          >
            {t('claims.tariff.add')}
          </button>
        </fieldset>
      )}
    </>
  );
}
