// «Regning»: the clinic's work still to bill — draft cards and past bookings without a card — and one card opened
// from it (`?kort=`), or from an appointment in the calendar. The address holds only the card's id.
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@bn/domain';
import { DataTable, QueryView, usePageTitle, useTRPC } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { clinicSectionPath } from '../../paths.js';
import { BookingStatus } from '../patients/booking-status.js';
import '../daily-work.css';
import { CardEditor } from './card-editor.js';
import { EhfArchive } from './ehf-archive.js';
import { OpenCardButton } from './open-card-button.js';

export function BillingPage() {
  const t = useAdminT();
  const clinicId = useClinicId();
  const [params] = useSearchParams();
  const cardId = params.get('kort');
  usePageTitle(t('clinic.tab.billing'));
  return (
    <section aria-labelledby="billing-heading">
      <div className="section-head">
        <h2 id="billing-heading">{t('clinic.tab.billing')}</h2>
        <Link className="button button-secondary" to={clinicSectionPath(clinicId, 'prices')}>
          {t('clinic.tab.prices')}
        </Link>
      </div>
      {cardId ? (
        <>
          <p>
            <Link to={clinicSectionPath(clinicId, 'billing')}>{t('billing.backToList')}</Link>
          </p>
          <CardEditor key={cardId} cardId={cardId} />
        </>
      ) : (
        <>
          <Unbilled />
          <EhfArchive />
        </>
      )}
    </section>
  );
}

function Unbilled() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const list = useQuery(trpc.billing.listUnbilled.queryOptions({ clinicId }));
  const none = t('details.none');
  return (
    <section aria-labelledby="unbilled-heading">
      <h3 id="unbilled-heading">{t('billing.unbilled')}</h3>
      <p className="muted">{t('billing.unbilled.intro')}</p>
      <QueryView
        query={list}
        loadingLabel={t('billing.unbilled.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('billing.unbilled.empty')}
      >
        {(rows) => (
          <DataTable
            caption={t('billing.unbilled')}
            captionHidden
            rows={rows}
            rowKey={(r) => r.appointmentId}
            columns={[
              { key: 'time', header: t('patients.col.time'), nowrap: true, cell: (r) => formatDateTime(r.startAt) },
              { key: 'patient', header: t('billing.patient'), cell: (r) => r.patientName },
              { key: 'practitioner', header: t('patients.col.practitioner'), cell: (r) => r.practitionerName ?? none },
              { key: 'type', header: t('billing.type'), cell: (r) => r.typeName ?? none },
              { key: 'caseId', header: t('patients.col.caseId'), nowrap: true, cell: (r) => r.caseId ?? none },
              {
                key: 'status',
                header: t('patients.col.status'),
                cell: (r) => (
                  <>
                    <BookingStatus booking={{ status: r.appointmentStatus }} />
                    {r.cardId ? ` · ${t('billing.status.draft')}` : ''}
                  </>
                ),
              },
              {
                key: 'card',
                header: t('billing.col.card'),
                cell: (r) =>
                  r.cardId ? (
                    <Link
                      to={clinicSectionPath(clinicId, 'billing', { kort: r.cardId })}
                      aria-label={t('billing.openDraft.of', { name: r.patientName, time: formatDateTime(r.startAt) })}
                    >
                      {t('billing.openDraft')}
                    </Link>
                  ) : (
                    <OpenCardButton appointmentId={r.appointmentId} secondary />
                  ),
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
