// "Forsikringsselskaper": the insurers registered in the network (network operator).
import { useQuery } from '@tanstack/react-query';
import { formatOrgNumber } from '@bn/domain';
import { DataTable, QueryView, YesNo, usePageTitle, useT, useTRPC } from '@bn/ui';

export function InsurersPage() {
  const t = useT();
  const trpc = useTRPC();
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  usePageTitle(t('insurers.heading'));

  return (
    <section className="page">
      <h1>{t('insurers.heading')}</h1>
      <p className="muted">{t('insurers.intro')}</p>
      <QueryView query={insurers} loadingLabel={t('insurers.loading')} isEmpty={(rows) => rows.length === 0} empty={t('insurers.empty')}>
        {(rows) => (
          <DataTable
            caption={t('insurers.heading')}
            captionHidden
            rows={rows}
            rowKey={(i) => i.id}
            columns={[
              { key: 'name', header: t('insurers.col.name'), cell: (i) => i.name },
              { key: 'org', header: t('insurers.col.orgNumber'), nowrap: true, cell: (i) => formatOrgNumber(i.orgNumber) },
              {
                key: 'psychologists',
                header: t('insurers.col.psychologists'),
                // N4: a property of the insurer, shown as it is stored.
                cell: (i) => <YesNo value={i.offersPsychologistBooking} yes={t('common.yes')} no={t('common.no')} />,
              },
              {
                key: 'app',
                header: t('insurers.col.patientApp'),
                cell: (i) => <YesNo value={i.hasPatientApp} yes={i.appName ?? t('common.yes')} no={t('common.no')} />,
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
