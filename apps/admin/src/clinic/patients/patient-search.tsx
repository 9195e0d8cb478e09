// The clinic's patient list searched by name, phone or national id. The search is a POST (patients.search), so what
// was searched for stays out of addresses, browser history and server logs; every patient it shows is logged.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { PATIENT_SEARCH_LIMIT, parseNationalId, patientSearchInput } from '@bn/domain';
import {
  DataTable,
  TextField,
  apiErrorText,
  checkedBy,
  fieldErrorTexts,
  fieldId,
  readApiError,
  useLocale,
  useTRPC,
} from '@bn/ui';
import type { PatientHit } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { displayDate } from '../calendar/calendar-params.js';

/** `onOpen`: a whole national id that gives exactly one patient opens that card at once. */
export function PatientSearch({ onOpen }: { onOpen: (patientId: string) => void }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const [query, setQuery] = useState('');
  const search = useMutation(checkedBy(patientSearchInput, trpc.patients.search.mutationOptions()));
  const info = search.error ? readApiError(search.error) : null;
  const fieldError = info ? fieldErrorTexts(info, locale).query : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (search.isPending) return;
    search.mutate(
      { clinicId, query },
      {
        onSuccess: (hits) => {
          const [only] = hits;
          if (hits.length === 1 && only && parseNationalId(query).valid) onOpen(only.id);
        },
      },
    );
  };

  return (
    <>
      <form className="form patient-search" role="search" aria-label={t('patients.find')} onSubmit={submit} noValidate>
        <TextField
          id={fieldId('patient-search', 'query')}
          label={t('patientList.query')}
          hint={t('patientList.query.hint')}
          value={query}
          onChange={setQuery}
          autoComplete="off"
          error={fieldError}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={search.isPending}>
            {search.isPending ? t('form.working') : t('patients.find')}
          </button>
          <span role="status" className="muted">
            {search.isPending ? t('patientList.searching') : ''}
          </span>
        </div>
        {info && !fieldError && (
          <p role="alert" className="alert alert-error">
            {apiErrorText(info, locale, t('error.network'))}
          </p>
        )}
      </form>
      {search.data && <Hits hits={search.data} />}
    </>
  );
}

function Hits({ hits }: { hits: readonly PatientHit[] }) {
  const t = useAdminT();
  const none = t('details.none');
  if (hits.length === 0)
    return (
      <p role="status" className="state state-empty">
        {t('patientList.empty')}
      </p>
    );
  return (
    <section aria-labelledby="patient-hits" className="patient-hits">
      <h3 id="patient-hits">{t('patientList.hits', { count: hits.length })}</h3>
      {hits.length >= PATIENT_SEARCH_LIMIT && (
        <p className="notice notice-info">{t('patientList.limit', { limit: PATIENT_SEARCH_LIMIT })}</p>
      )}
      <DataTable
        caption={t('patientList.hits', { count: hits.length })}
        captionHidden
        rows={hits}
        rowKey={(p) => p.id}
        columns={[
          {
            key: 'name',
            header: t('patientList.col.name'),
            cell: (p) => (
              <Link to={`?pasient=${encodeURIComponent(p.id)}`} aria-label={t('patientList.open', { name: p.name })}>
                {p.name}
              </Link>
            ),
          },
          { key: 'birthDate', header: t('patients.birthDate'), nowrap: true, cell: (p) => displayDate(p.birthDate) },
          { key: 'nationalId', header: t('patients.nationalId'), nowrap: true, cell: (p) => p.nationalId },
          { key: 'phone', header: t('patients.phone'), nowrap: true, cell: (p) => p.phone ?? none },
          { key: 'email', header: t('patients.email'), cell: (p) => p.email ?? none },
        ]}
      />
    </section>
  );
}
