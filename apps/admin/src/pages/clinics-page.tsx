// "Klinikker": every clinic for staff, its own for a clinic admin; each name links to the clinic page.
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { formatOrgNumber } from '@bn/domain';
import { DataTable, QueryView, YesNo, usePageTitle, useSessionUser, useTRPC } from '@bn/ui';
import { clinicPath } from '../paths.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export function ClinicsPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const clinics = useQuery(trpc.clinics.list.queryOptions());
  const isAdmin = user.role === 'clinic_admin';
  usePageTitle(t('clinics.heading'));

  return (
    <section className="page">
      <h1>{t('clinics.heading')}</h1>
      <p className="muted">{t(isAdmin ? 'clinics.intro.admin' : 'clinics.intro.staff')}</p>
      <QueryView
        query={clinics}
        loadingLabel={t('clinics.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t(isAdmin ? 'clinics.empty.admin' : 'clinics.empty.staff')}
      >
        {(rows) => (
          <DataTable
            caption={t('clinics.heading')}
            captionHidden
            rows={rows}
            rowKey={(c) => c.id}
            columns={[
              { key: 'name', header: t('clinics.col.name'), cell: (c) => <Link to={clinicPath(c.id)}>{c.name}</Link> },
              {
                key: 'org',
                header: t('clinics.col.orgNumber'),
                nowrap: true,
                cell: (c) => formatOrgNumber(c.orgNumber),
              },
              {
                key: 'integration',
                header: t('clinics.col.integration'),
                cell: (c) => <YesNo value={c.integrationActive} yes={t('common.yes')} no={t('common.no')} />,
              },
              {
                key: 'departments',
                header: t('clinics.col.departments'),
                numeric: true,
                cell: (c) => c.departmentCount,
              },
              {
                key: 'practitioners',
                header: t('clinics.col.practitioners'),
                numeric: true,
                cell: (c) => c.practitionerCount,
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
