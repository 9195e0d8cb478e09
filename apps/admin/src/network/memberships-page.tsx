// "Medlemskap" (N2): the network operator approves, revokes or reopens practitioners' memberships.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PROFESSION_INFO, formatDate } from '@bn/domain';
import { ActionButton, DataTable, QueryView, usePageTitle, useLocale, useTRPC } from '@bn/ui';
import type { MembershipRow } from '../api/types.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { HprNumber } from '../components/hpr-number.js';
import { MembershipStatus } from '../clinic/practitioners/membership-status.js';
import { clinicSectionPath } from '../paths.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { RejectMembershipDialog } from './reject-membership-dialog.js';

export function MembershipsPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const memberships = useQuery(trpc.memberships.list.queryOptions());
  usePageTitle(t('memberships.heading'));

  return (
    <section className="page">
      <h1>{t('memberships.heading')}</h1>
      <p className="muted">{t('memberships.intro')}</p>
      <QueryView
        query={memberships}
        loadingLabel={t('memberships.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('memberships.empty')}
      >
        {(rows) => (
          <DataTable
            caption={t('memberships.heading')}
            captionHidden
            rows={rows}
            rowKey={(r) => r.membership.id}
            columns={[
              { key: 'name', header: t('memberships.col.practitioner'), cell: (r) => r.practitioner.name },
              {
                key: 'clinic',
                header: t('memberships.col.clinic'),
                cell: (r) => <Link to={clinicSectionPath(r.clinic.id, 'practitioners')}>{r.clinic.name}</Link>,
              },
              {
                key: 'profession',
                header: t('clinic.practitioners.col.profession'),
                cell: (r) => PROFESSION_INFO[r.practitioner.profession][locale],
              },
              {
                key: 'hpr',
                header: t('clinic.practitioners.col.hpr'),
                nowrap: true,
                cell: (r) => <HprNumber profession={r.practitioner.profession} hprNumber={r.practitioner.hprNumber} />,
              },
              {
                key: 'status',
                header: t('memberships.col.status'),
                cell: (r) => (
                  <span className="cell-stack">
                    <MembershipStatus status={r.membership.status} />
                    {r.membership.rejectionReason && <span className="field-hint">{r.membership.rejectionReason}</span>}
                  </span>
                ),
              },
              {
                key: 'applied',
                header: t('memberships.col.applied'),
                nowrap: true,
                cell: (r) => formatDate(r.membership.appliedAt),
              },
              { key: 'actions', header: t('common.actions'), cell: (r) => <Decide row={r} /> },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

function Decide({ row }: { row: MembershipRow }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const decide = useMutation(trpc.memberships.decide.mutationOptions({ onSuccess: refresh }));
  const [rejecting, setRejecting] = useState(false);
  const name = row.practitioner.name;
  const to = (status: 'approved' | 'revoked') => decide.mutate({ practitionerId: row.practitioner.id, status });
  return (
    <span className="cell-stack">
      {row.membership.status !== 'approved' && (
        <ActionButton
          small
          pending={decide.isPending}
          error={decide.error}
          label={t('memberships.approveNamed', { name })}
          onClick={() => to('approved')}
        >
          {t('memberships.approve')}
        </ActionButton>
      )}
      {row.membership.status === 'pending' && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('memberships.rejectNamed', { name })}
          onClick={() => setRejecting(true)}
        >
          {t('memberships.reject')}
        </button>
      )}
      {rejecting && <RejectMembershipDialog practitioner={row.practitioner} onClose={() => setRejecting(false)} />}
      {row.membership.status === 'approved' && (
        <ActionButton
          small
          secondary
          pending={decide.isPending}
          label={t('memberships.revokeNamed', { name })}
          onClick={() => to('revoked')}
        >
          {t('memberships.revoke')}
        </ActionButton>
      )}
    </span>
  );
}
