import type { MembershipStatus as MembershipStatusValue } from '@bn/domain';
import { StatusBadge } from '@bn/ui';
import { useAdminT } from '../../i18n/use-admin-t.js';

/** N2: a membership's state in words. */
export function MembershipStatus({ status }: { status: MembershipStatusValue | null }) {
  const t = useAdminT();
  switch (status) {
    case 'approved':
      return <StatusBadge status="ok" label={t('membership.approved')} />;
    case 'pending':
      return <StatusBadge status="na" label={t('membership.pending')} />;
    case 'revoked':
      return <StatusBadge status="fail" label={t('membership.revoked')} />;
    case 'rejected':
      return <StatusBadge status="fail" label={t('membership.rejected')} />;
    default:
      return <StatusBadge status="fail" label={t('membership.none')} />;
  }
}
