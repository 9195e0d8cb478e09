import { formatDate } from '@bn/domain';
import type { AppRouter, inferRouterOutputs } from '@bn/api';
import { DataTable, EmptyState, YesNo, useT } from '@bn/ui';

type Department = inferRouterOutputs<AppRouter>['clinics']['get']['departments'][number];

/** D1/D2: each department's visiting address, and whether support has registered it with the network yet. */
export function ClinicDepartments({ departments }: { departments: readonly Department[] }) {
  const t = useT();
  return (
    <section>
      <h2>{t('clinic.departments')}</h2>
      {departments.length === 0 ? (
        <EmptyState>{t('clinic.departments.empty')}</EmptyState>
      ) : (
        <DataTable
          caption={t('clinic.departments')}
          captionHidden
          rows={departments}
          rowKey={(d) => d.id}
          columns={[
            { key: 'name', header: t('clinic.departments.col.name'), cell: (d) => d.name },
            { key: 'address', header: t('clinic.departments.col.address'), cell: (d) => `${d.street}, ${d.postcode} ${d.city}` },
            {
              key: 'registered',
              header: t('clinic.departments.col.registered'),
              cell: (d) =>
                d.registeredWithNetworkAt ? (
                  <YesNo value yes={t('clinic.departments.registered', { date: formatDate(d.registeredWithNetworkAt) })} no="" />
                ) : (
                  <YesNo value={false} yes="" no={t('common.no')} />
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
