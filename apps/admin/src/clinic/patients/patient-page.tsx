// «Pasientkort»: find a patient of the clinic by national identity number, then the card — contact details,
// bookings, claims — and who has read the patient's data. The address holds the card's id (`?pasient=`), never the
// national identity number, so it stays out of browser history and server logs.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  TextField,
  apiErrorText,
  fieldErrorTexts,
  fieldId,
  readApiError,
  usePageTitle,
  useLocale,
  useTRPC,
  useTRPCClient,
} from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import '../daily-work.css';
import { PatientCard } from './patient-card.js';

export function PatientPage() {
  const t = useAdminT();
  const [params, setParams] = useSearchParams();
  const patientId = params.get('pasient');
  usePageTitle(t('clinic.tab.patients'));
  return (
    <section aria-labelledby="patients-heading">
      <h2 id="patients-heading">{t('clinic.tab.patients')}</h2>
      <p className="muted">{t('patients.intro')}</p>
      <FindPatient onFound={(id) => setParams(id ? { pasient: id } : {})} />
      {patientId && <PatientCard key={patientId} patientId={patientId} />}
    </section>
  );
}

/** `onFound(null)`: no such patient, so the card of an earlier search goes away. */
function FindPatient({ onFound }: { onFound: (patientId: string | null) => void }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const clinicId = useClinicId();
  const [nationalId, setNationalId] = useState('');
  const find = useMutation({
    // A look-up is logged on the server, so it runs once per search, not as a cached query.
    mutationFn: (value: string) =>
      client.patients.findByNationalId.mutate({ clinicId, nationalId: value.replace(/\s/g, '') }),
    onSuccess: (card) => {
      if (!card) return onFound(null);
      // The card came with the answer: show it without reading (and logging) it a second time.
      queryClient.setQueryData(trpc.patients.get.queryKey({ patientId: card.id }), card);
      setNationalId('');
      onFound(card.id);
    },
  });
  const info = find.error ? readApiError(find.error) : null;
  const fieldError = info ? fieldErrorTexts(info, locale).nationalId : undefined;
  const id = fieldId('patient-search', 'nationalId');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!find.isPending) find.mutate(nationalId);
  };

  return (
    <form className="form patient-search" role="search" aria-label={t('patients.find')} onSubmit={submit} noValidate>
      <TextField
        id={id}
        label={t('patients.nationalId')}
        hint={t('patients.nationalId.hint')}
        value={nationalId}
        onChange={setNationalId}
        inputMode="numeric"
        autoComplete="off"
        error={fieldError}
        size="short"
      />
      <div className="actions">
        <button type="submit" className="button" disabled={find.isPending}>
          {find.isPending ? t('form.working') : t('patients.find')}
        </button>
      </div>
      {info && !fieldError && (
        <p role="alert" className="alert alert-error">
          {apiErrorText(info, locale, t('error.network'))}
        </p>
      )}
      {find.isSuccess && find.data === null && (
        <p role="status" className="state state-empty">
          {t('patients.notFound')}
        </p>
      )}
    </form>
  );
}
