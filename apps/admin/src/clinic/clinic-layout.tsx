// A clinic's page: its name and key facts, then its sections (readiness first) as sub-pages.
import { Link, Outlet } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { QueryView, SubNav, usePageTitle, useSessionUser, useT, useTRPC, type MessageKey } from '@bn/ui';
import { useClinicId } from '../api/use-clinic.js';
import { PATHS, clinicSectionPath, singleClinicId, type ClinicSection } from '../paths.js';
import { ClinicFacts } from './clinic-facts.js';

const SECTIONS: { section: ClinicSection; key: MessageKey }[] = [
  { section: 'readiness', key: 'clinic.tab.readiness' },
  { section: 'practitioners', key: 'clinic.tab.practitioners' },
  { section: 'books', key: 'clinic.tab.books' },
  { section: 'types', key: 'clinic.tab.types' },
  { section: 'schedule', key: 'clinic.tab.schedule' },
  { section: 'departments', key: 'clinic.tab.departments' },
  { section: 'audit', key: 'clinic.tab.audit' },
];

export function ClinicLayout() {
  const t = useT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const clinicId = useClinicId();
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
            <ClinicFacts clinic={c} />
            <SubNav
              label={t('clinic.sections')}
              items={SECTIONS.map(({ section, key }) => ({ to: clinicSectionPath(clinicId, section), label: t(key), end: section === 'readiness' }))}
            />
            <Outlet />
          </>
        )}
      </QueryView>
    </section>
  );
}
