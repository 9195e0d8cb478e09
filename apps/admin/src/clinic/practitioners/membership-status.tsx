import { StatusBadge, useT } from '@bn/ui';

/** N2: a membership's state in words. */
export function MembershipStatus({ status }: { status: 'pending' | 'approved' | 'revoked' | null }) {
  const t = useT();
  switch (status) {
    case 'approved':
      return <StatusBadge status="ok" label={t('membership.approved')} />;
    case 'pending':
      return <StatusBadge status="na" label={t('membership.pending')} />;
    case 'revoked':
      return <StatusBadge status="fail" label={t('membership.revoked')} />;
    default:
      return <StatusBadge status="fail" label={t('membership.none')} />;
  }
}
