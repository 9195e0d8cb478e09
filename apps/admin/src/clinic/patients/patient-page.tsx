// «Pasientkort»: the clinic's patient list — searched by name, phone or national id, or a new card made — then the
// card: contact details, bookings, claims, and who has read the patient's data. The address holds the card's id
// (`?pasient=`), never a national id or a name, so they stay out of browser history and server logs.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { SavedNotice } from '../section-parts.js';
import '../daily-work.css';
import { CreatePatientForm } from './create-patient-form.js';
import { PatientCard } from './patient-card.js';
import { PatientSearch } from './patient-search.js';

export function PatientPage() {
  const t = useAdminT();
  const clinicId = useClinicId();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const patientId = params.get('pasient');
  usePageTitle(t('clinic.tab.patients'));
  const open = (id: string) => setParams({ pasient: id });
  return (
    <section aria-labelledby="patients-heading">
      <div className="section-head">
        <h2 id="patients-heading">{t('clinic.tab.patients')}</h2>
        {!creating && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t('patientList.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('patients.intro')}</p>
      <SavedNotice text={notice} />
      {creating && (
        <CreatePatientForm
          clinicId={clinicId}
          onCancel={() => setCreating(false)}
          onCreated={(id, name) => {
            setCreating(false);
            setNotice(t('patientList.created', { name }));
            open(id);
          }}
        />
      )}
      <PatientSearch onOpen={open} />
      {patientId && <PatientCard key={patientId} patientId={patientId} />}
    </section>
  );
}
