// Where a check is fixed: a link to the screen for whoever may fix it, or who to contact.
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CheckStatus, FixTarget, Role } from '@bn/domain';
import { useSessionUser, useTRPC } from '@bn/ui';
import { PATHS, clinicSectionPath, type SetUpSection } from '../../paths.js';
import { IntegrationToggle } from '../clinic-facts.js';
import { useAdminT, type AdminMessageKey } from '../../i18n/use-admin-t.js';
import { NetworkContactLine } from './network-contact.js';

type Target = { to: string; screen: AdminMessageKey } | { integration: true } | { contact: 'network' | 'support' };

const SECTION_LABEL: Record<SetUpSection, AdminMessageKey> = {
  readiness: 'clinic.tab.readiness',
  practitioners: 'clinic.tab.practitioners',
  books: 'clinic.tab.books',
  types: 'clinic.tab.types',
  schedule: 'clinic.tab.schedule',
  departments: 'clinic.tab.departments',
  audit: 'clinic.tab.audit',
};

function inClinic(fix: FixTarget, section: SetUpSection, params?: Record<string, string>): Target {
  return { to: clinicSectionPath(fix.clinicId, section, params), screen: SECTION_LABEL[section] };
}

/** Maps the domain's fix target to this app's screens, for the signed-in role. */
export function fixTarget(fix: FixTarget, role: Role): Target {
  const staff = role === 'network_operator' || role === 'support';
  switch (fix.screen) {
    case 'practitioner':
      return inClinic(fix, 'practitioners', fix.practitionerId ? { rediger: fix.practitionerId } : undefined);
    case 'membership':
      if (fix.by === 'clinic_admin') return inClinic(fix, 'practitioners');
      return role === 'network_operator'
        ? { to: PATHS.memberships, screen: 'admin.nav.memberships' }
        : { contact: 'network' };
    case 'agreements':
      return role === 'network_operator'
        ? { to: `${PATHS.agreements}?klinikk=${fix.clinicId}`, screen: 'admin.nav.agreements' }
        : { contact: 'network' };
    case 'clinic':
      if (fix.by === 'clinic_admin') return inClinic(fix, 'departments');
      return staff ? { integration: true } : { contact: 'network' };
    case 'departments':
      if (fix.by === 'support' && !staff) return { contact: 'support' };
      return inClinic(fix, 'departments');
    case 'book':
      return inClinic(fix, 'books', fix.bookId ? { rediger: fix.bookId } : undefined);
    case 'type':
      return inClinic(fix, 'types', fix.typeId ? { rediger: fix.typeId } : undefined);
    case 'rule':
      return inClinic(fix, 'types', fix.typeId ? { rediger: fix.typeId, regel: fix.bookId ?? '' } : undefined);
    case 'schedule':
      return inClinic(fix, 'schedule', fix.bookId ? { bok: fix.bookId } : undefined);
  }
}

const BY_LABEL: Record<FixTarget['by'], AdminMessageKey> = {
  clinic_admin: 'readiness.by.clinic',
  network_operator: 'readiness.by.network',
  support: 'readiness.by.support',
};

/**
 * Where a check is fixed and by whom; one that is not in order adds what to do now (the switch, or whom to contact).
 * A list that names the network several times gives its contact details once (`contact` false on the others).
 */
export function FixAction({ fix, status, contact = true }: { fix: FixTarget; status: CheckStatus; contact?: boolean }) {
  const pending = status !== 'ok';
  const t = useAdminT();
  const user = useSessionUser();
  const target = fixTarget(fix, user.role);
  return (
    <span className="fix">
      <span className="muted">{t(BY_LABEL[fix.by])}</span>
      {'to' in target && (
        <Link to={target.to}>
          {t(status === 'fail' ? 'readiness.fix.go' : 'readiness.fix.see', { screen: t(target.screen) })}
        </Link>
      )}
      {'integration' in target && pending && <ClinicIntegration clinicId={fix.clinicId} />}
      {'contact' in target &&
        pending &&
        (contact || target.contact !== 'network') &&
        (target.contact === 'network' ? <NetworkContactLine /> : <strong>{t('readiness.contact.support')}</strong>)}
    </span>
  );
}

function ClinicIntegration({ clinicId }: { clinicId: string }) {
  const trpc = useTRPC();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  return clinic.data ? <IntegrationToggle clinicId={clinicId} active={clinic.data.integrationActive} /> : null;
}
