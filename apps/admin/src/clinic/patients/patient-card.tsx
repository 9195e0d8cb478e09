// One patient's card: contact details (with the bookings made with other details, which the clinic may take over),
// bookings with their status and payment (K6), insurance claims with the bookings they cover (K5), and the access
// log — who read the patient's data, when and what.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime, formatTime, osloDate, ROLE_LABELS } from '@bn/domain';
import { DataTable, FactsList, QueryView, useLocale, useTRPC } from '@bn/ui';
import type { PatientCardView } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { clinicSectionPath } from '../../paths.js';
import { displayDate } from '../calendar/calendar-params.js';
import { SavedNotice } from '../section-parts.js';
import { BookingStatus } from './booking-status.js';
import { ClaimsSection } from './claims-section.js';
import { DetailDifferences } from './detail-differences.js';

export function PatientCard({ patientId }: { patientId: string }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const card = useQuery(trpc.patients.get.queryOptions({ patientId }));
  return (
    <QueryView query={card} loadingLabel={t('patients.loading')}>
      {(p) => (
        <article className="patient-card" aria-labelledby="patient-name">
          <h3 id="patient-name" className="patient-name">
            {p.name}
          </h3>
          <FactsList
            facts={[
              { label: t('patients.nationalId'), value: p.nationalId },
              { label: t('patients.birthDate'), value: displayDate(p.birthDate) },
              { label: t('patients.phone'), value: p.phone ?? t('details.none') },
              { label: t('patients.email'), value: p.email ?? t('details.none') },
            ]}
          />
          <Differences card={p} />
          <Bookings card={p} />
          <ClaimsSection card={p} />
          <AccessLog patientId={p.id} />
        </article>
      )}
    </QueryView>
  );
}

/** The bookings whose details differ from the card, each with its take-over; the notice outlives the difference. */
function Differences({ card }: { card: PatientCardView }) {
  const t = useAdminT();
  const [notice, setNotice] = useState<string | null>(null);
  const differing = card.bookings.filter((b) => b.detailDifferences.length > 0);
  return (
    <>
      <SavedNotice text={notice} />
      {differing.length > 0 && (
        <section aria-labelledby="patient-differences">
          <h4 id="patient-differences">{t('differences.section')}</h4>
          {differing.map((b) => (
            <DetailDifferences
              key={b.id}
              appointmentId={b.id}
              differences={b.detailDifferences}
              booking={{ time: formatDateTime(b.startAt), insurer: b.insurerName ?? t('details.source.clinic') }}
              onTaken={setNotice}
            />
          ))}
        </section>
      )}
    </>
  );
}

function Bookings({ card }: { card: PatientCardView }) {
  const t = useAdminT();
  const clinicId = useClinicId();
  const none = t('details.none');
  return (
    <section aria-labelledby="patient-bookings">
      <h4 id="patient-bookings">{t('patients.bookings')}</h4>
      {card.bookings.length === 0 ? (
        <p className="state state-empty">{t('patients.bookings.empty')}</p>
      ) : (
        <DataTable
          caption={t('patients.bookings')}
          captionHidden
          rows={card.bookings}
          rowKey={(b) => b.id}
          columns={[
            {
              key: 'time',
              header: t('patients.col.time'),
              nowrap: true,
              cell: (b) => (
                <Link to={clinicSectionPath(clinicId, 'calendar', { dato: osloDate(b.startAt), visning: 'dag' })}>
                  {formatDateTime(b.startAt)}–{formatTime(b.endAt)}
                </Link>
              ),
            },
            { key: 'practitioner', header: t('patients.col.practitioner'), cell: (b) => b.practitionerName ?? none },
            {
              key: 'type',
              header: t('patients.col.type'),
              cell: (b) => [b.typeName, b.tariffCode].filter(Boolean).join(' · ') || none,
            },
            {
              key: 'insurer',
              header: t('patients.col.insurer'),
              cell: (b) =>
                b.insurerName
                  ? `${b.insurerName}${b.caseId ? ` · ${t('appointment.caseId', { caseId: b.caseId })}` : ''}`
                  : none,
            },
            { key: 'status', header: t('patients.col.status'), cell: (b) => <BookingStatus booking={b} /> },
            {
              key: 'payment',
              header: t('patients.col.payment'),
              cell: (b) =>
                b.paidByPatient ? (
                  <span className="badge badge-no">{t('appointment.paidByPatient')}</span>
                ) : (
                  t('details.payment.insurer')
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

function AccessLog({ patientId }: { patientId: string }) {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const log = useQuery(trpc.accessLog.forPatient.queryOptions({ patientId }));
  return (
    <section aria-labelledby="patient-access">
      <h4 id="patient-access">{t('patients.access')}</h4>
      <p className="muted">{t('patients.access.intro')}</p>
      <QueryView
        query={log}
        loadingLabel={t('patients.access.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('patients.access.empty')}
      >
        {(rows) => (
          <DataTable
            caption={t('patients.access')}
            captionHidden
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                key: 'when',
                header: t('patients.col.when'),
                nowrap: true,
                cell: (r) => <time dateTime={r.at.toISOString()}>{formatDateTime(r.at)}</time>,
              },
              { key: 'who', header: t('patients.col.who'), cell: (r) => r.actorName },
              { key: 'role', header: t('patients.col.role'), cell: (r) => ROLE_LABELS[r.role][locale] },
              {
                key: 'what',
                header: t('patients.col.what'),
                cell: (r) => `${t(`patients.access.${r.action}`)}: ${r.what}`,
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
