// A clinic's set-up as staff and its admins see it: key facts, departments (D1, D2) and practitioners (N1, N2).
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatOrgNumber } from '@bn/domain';
import { FactsList, QueryView, YesNo, usePageTitle, useSessionUser, useT, useTRPC } from '@bn/ui';
import { PATHS, singleClinicId } from '../paths.js';
import { ClinicDepartments } from './clinic-departments.js';
import { ClinicPractitioners } from './clinic-practitioners.js';

export function ClinicPage() {
  const t = useT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const { clinicId = '' } = useParams();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  usePageTitle(clinic.data?.name ?? null);
  // A clinic admin with one clinic has no list to go back to.
  const showBack = singleClinicId(user) === null;

  return (
    <section className="page">
      {showBack && (
        <Link className="back-link" to={PATHS.clinics}>
          <span aria-hidden="true">← </span>
          {t('clinic.back')}
        </Link>
      )}
      {/* The page keeps its heading while loading or failed; it becomes the clinic's name once known. */}
      <h1>{clinic.data?.name ?? t('clinic.heading')}</h1>
      <QueryView query={clinic} loadingLabel={t('clinic.loading')}>
        {(c) => (
          <>
            <FactsList
              facts={[
                { label: t('clinic.orgNumber'), value: formatOrgNumber(c.orgNumber) },
                {
                  label: t('clinic.integration'),
                  value: <YesNo value={c.integrationActive} yes={t('clinic.integration.active')} no={t('clinic.integration.inactive')} />,
                },
                {
                  label: t('clinic.severalDepartments'),
                  value: c.severalDepartmentsNotifiedAt
                    ? t('clinic.severalDepartments.yes', { date: formatDate(c.severalDepartmentsNotifiedAt) })
                    : t('common.no'),
                },
              ]}
            />
            <ClinicDepartments departments={c.departments} />
            <ClinicPractitioners practitioners={c.practitioners} />
          </>
        )}
      </QueryView>
    </section>
  );
}
