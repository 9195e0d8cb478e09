// "Meldinger om avdelinger" (D2): clinics that told the network they have several departments; support (or the
// operator) registers each department's address with the network here.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDate, formatOrgNumber } from '@bn/domain';
import { ActionButton, QueryView, StatusBadge, usePageTitle, useSessionUser, useTRPC } from '@bn/ui';
import type { DepartmentNotice } from '../api/types.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { clinicSectionPath } from '../paths.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export function DepartmentNoticesPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const notices = useQuery(trpc.clinics.departmentNotices.queryOptions());
  const heading = user.role === 'support' ? t('admin.nav.departmentsToRegister') : t('admin.nav.departmentNotices');
  usePageTitle(heading);

  return (
    <section className="page">
      <h1>{heading}</h1>
      <p className="muted">{t('notices.intro')}</p>
      <QueryView
        query={notices}
        loadingLabel={t('notices.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('notices.empty')}
      >
        {(rows) => (
          <ul className="notice-list">
            {rows.map((n) => (
              <NoticeCard key={n.clinic.id} notice={n} />
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function NoticeCard({ notice: n }: { notice: DepartmentNotice }) {
  const t = useAdminT();
  return (
    <li className="card" aria-labelledby={`notice-${n.clinic.id}`}>
      <h2 id={`notice-${n.clinic.id}`}>
        <Link to={clinicSectionPath(n.clinic.id, 'departments')}>{n.clinic.name}</Link>
      </h2>
      <p className="muted">
        {t('notices.meta', { org: formatOrgNumber(n.clinic.orgNumber), date: formatDate(n.clinic.notifiedAt) })}{' '}
        {n.unregistered > 0 ? (
          <strong>{t('notices.unregistered', { count: n.unregistered })}</strong>
        ) : (
          t('notices.allRegistered')
        )}
      </p>
      <ul className="cards">
        {n.departments.map((d) => (
          <DepartmentRow key={d.id} department={d} />
        ))}
      </ul>
    </li>
  );
}

function DepartmentRow({ department: d }: { department: DepartmentNotice['departments'][number] }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const register = useMutation(trpc.departments.setRegistered.mutationOptions({ onSuccess: refresh }));
  const registered = d.registeredAt !== null;
  return (
    <li className="card contact-card">
      <h3>{d.name}</h3>
      <address>
        {d.street}
        <br />
        {d.postcode} {d.city}
      </address>
      <p>
        <StatusBadge
          status={registered ? 'ok' : 'fail'}
          label={
            registered
              ? t('departments.registeredOn', { date: formatDate(d.registeredAt!) })
              : t('departments.notRegistered')
          }
        />
      </p>
      <ActionButton
        small
        secondary={registered}
        pending={register.isPending}
        error={register.error}
        label={t(registered ? 'departments.unregisterNamed' : 'departments.registerNamed', { name: d.name })}
        onClick={() => register.mutate({ departmentId: d.id, registered: !registered })}
      >
        {t(registered ? 'departments.unregister' : 'departments.register')}
      </ActionButton>
    </li>
  );
}
