// The admin menu for each role.
import type { SessionUser } from '@bn/domain';
import type { NavItem } from '@bn/ui';
import type { AdminTranslate } from './i18n/use-admin-t.js';
import { PATHS, clinicPath, singleClinicId } from './paths.js';

/** How many things wait for the network (workQueue.counts), for the staff's menu; null while unknown. */
export interface WaitingCounts {
  total: number;
  departments: number;
}

export function navItemsFor(user: SessionUser, t: AdminTranslate, waiting: WaitingCounts | null = null): NavItem[] {
  const counted = (count: number | undefined) => ({ count, countLabel: t('workQueue.waiting', { count: count ?? 0 }) });
  switch (user.role) {
    case 'network_operator':
      return [
        { to: PATHS.workQueue, label: t('admin.nav.workQueue'), ...counted(waiting?.total) },
        { to: PATHS.clinics, label: t('admin.nav.clinics') },
        { to: PATHS.insurers, label: t('admin.nav.insurers') },
        { to: PATHS.cases, label: t('admin.nav.cases') },
        { to: PATHS.tariffs, label: t('admin.nav.tariffs') },
        { to: PATHS.memberships, label: t('admin.nav.memberships') },
        { to: PATHS.agreements, label: t('admin.nav.agreements') },
        { to: PATHS.departmentNotices, label: t('admin.nav.departmentNotices') },
        { to: PATHS.jobs, label: t('admin.nav.jobs') },
        { to: PATHS.apiKeys, label: t('admin.nav.apiKeys') },
        { to: PATHS.webhooks, label: t('admin.nav.webhooks') },
      ];
    case 'support':
      return [
        { to: PATHS.clinics, label: t('admin.nav.clinics') },
        {
          to: PATHS.departmentNotices,
          label: t('admin.nav.departmentsToRegister'),
          ...counted(waiting?.departments),
        },
      ];
    case 'clinic_admin': {
      const only = singleClinicId(user);
      return only
        ? [{ to: clinicPath(only), label: t('admin.nav.myClinic') }]
        : [{ to: PATHS.clinics, label: t('admin.nav.clinics') }];
    }
    case 'practitioner':
      return [{ to: PATHS.myPage, label: t('admin.nav.myPage') }];
    default:
      return [];
  }
}
