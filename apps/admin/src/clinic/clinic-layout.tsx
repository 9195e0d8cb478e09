// A clinic's page: its name and key facts, then its sections (readiness first) as sub-pages.
import { Link, Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { QueryView, SubNav, useSessionUser, useTRPC } from '@bn/ui';
import { useClinicId } from '../api/use-clinic.js';
import { PATHS, clinicSectionPath, singleClinicId, type ClinicSection } from '../paths.js';
import { useAdminT, type AdminMessageKey } from '../i18n/use-admin-t.js';
import { ClinicFacts } from './clinic-facts.js';

/** The clinic's daily work, after the readiness check; patient data, so only for the clinic's own admins. */
const DAILY_WORK: { section: ClinicSection; key: AdminMessageKey }[] = [
  { section: 'calendar', key: 'clinic.tab.calendar' },
  { section: 'patients', key: 'clinic.tab.patients' },
  { section: 'billing', key: 'clinic.tab.billing' },
  { section: 'prices', key: 'clinic.tab.prices' },
  { section: 'notifications', key: 'clinic.tab.notifications' },
];

const SET_UP: { section: ClinicSection; key: AdminMessageKey }[] = [
  { section: 'practitioners', key: 'clinic.tab.practitioners' },
  { section: 'books', key: 'clinic.tab.books' },
  { section: 'types', key: 'clinic.tab.types' },
  { section: 'schedule', key: 'clinic.tab.schedule' },
  { section: 'departments', key: 'clinic.tab.departments' },
  { section: 'sellerDetails', key: 'clinic.tab.sellerDetails' },
  { section: 'contact', key: 'clinic.tab.contact' },
  { section: 'users', key: 'clinic.tab.users' },
  { section: 'audit', key: 'clinic.tab.audit' },
];

export function ClinicLayout() {
  const t = useAdminT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const clinicId = useClinicId();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  // No title of its own: each section names the page (a layout's effect runs after its child's, so on a direct load
  // the clinic's name, arriving later, overwrote «Timebok» and the rest).
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
            <ClinicFacts clinic={c} />
            <SubNav
              label={t('clinic.sections')}
              items={[
                { to: clinicSectionPath(clinicId, 'readiness'), label: t('clinic.tab.readiness'), end: true },
                ...(user.role === 'clinic_admin'
                  ? DAILY_WORK.map(({ section, key }) => ({
                      to: clinicSectionPath(clinicId, section),
                      label: t(key),
                    }))
                  : []),
                ...SET_UP.map(({ section, key }) => ({ to: clinicSectionPath(clinicId, section), label: t(key) })),
              ]}
            />
            <Outlet />
          </>
        )}
      </QueryView>
    </section>
  );
}
