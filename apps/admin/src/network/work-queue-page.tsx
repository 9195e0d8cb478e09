// «Arbeidskø» (issue 16): everything waiting for the network, oldest first, answered by the server in one query.
// The operator decides memberships and agreements here; support sees the clinics whose departments it registers.
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PROFESSION_INFO, formatDate } from '@bn/domain';
import { ActionButton, DataTable, QueryView, usePageTitle, useLocale, useSessionUser, useTRPC } from '@bn/ui';
import type { WorkQueueItem } from '../api/types.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { PATHS, clinicSectionPath } from '../paths.js';
import { useAdminT } from '../i18n/use-admin-t.js';
import { RejectMembershipDialog } from './reject-membership-dialog.js';

type Item<K extends WorkQueueItem['kind']> = Extract<WorkQueueItem, { kind: K }>;

export function WorkQueuePage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const user = useSessionUser();
  const queue = useQuery(trpc.workQueue.list.queryOptions());
  usePageTitle(t('workQueue.heading'));

  return (
    <section className="page">
      <h1>{t('workQueue.heading')}</h1>
      <p className="muted">{t(user.role === 'support' ? 'workQueue.intro.support' : 'workQueue.intro')}</p>
      <QueryView
        query={queue}
        loadingLabel={t('workQueue.loading')}
        isEmpty={(q) => q.items.length === 0}
        empty={t('workQueue.empty')}
      >
        {({ items, counts }) => (
          <>
            {user.role === 'network_operator' && <p>{t('workQueue.summary', counts)}</p>}
            <DataTable
              caption={t('workQueue.heading')}
              captionHidden
              stackOnNarrow
              rows={items}
              rowKey={(i) => `${i.kind}-${i.id}`}
              columns={[
                { key: 'since', header: t('workQueue.col.since'), nowrap: true, cell: (i) => formatDate(i.since) },
                { key: 'kind', header: t('workQueue.col.kind'), cell: (i) => t(`workQueue.kind.${i.kind}`) },
                { key: 'subject', header: t('workQueue.col.subject'), cell: (i) => <Subject item={i} /> },
                { key: 'actions', header: t('common.actions'), cell: (i) => <Actions item={i} /> },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

function ClinicLink({
  clinic,
  section,
}: {
  clinic: { id: string; name: string };
  section: 'practitioners' | 'departments';
}) {
  return <Link to={clinicSectionPath(clinic.id, section)}>{clinic.name}</Link>;
}

function Subject({ item }: { item: WorkQueueItem }) {
  const t = useAdminT();
  const { locale } = useLocale();
  switch (item.kind) {
    case 'membership':
      return (
        <span className="cell-stack">
          <strong>{item.practitioner.name}</strong>
          <span>
            {PROFESSION_INFO[item.practitioner.profession][locale]}
            {item.practitioner.hprNumber ? ` · HPR ${item.practitioner.hprNumber}` : ''} ·{' '}
            <ClinicLink clinic={item.clinic} section="practitioners" />
          </span>
          {item.resetReason && <span className="field-hint">{t(`membership.reset.${item.resetReason}`)}</span>}
        </span>
      );
    case 'agreement':
      return (
        <span className="cell-stack">
          <span>
            {item.practitionerName
              ? t('workQueue.agreement.personal', {
                  insurer: item.insurer.name,
                  practitioner: item.practitionerName,
                  clinic: item.clinic.name,
                })
              : t('workQueue.agreement.clinic', { insurer: item.insurer.name, clinic: item.clinic.name })}
          </span>
          <span className="muted">
            {formatDate(item.agreement.validFrom)}–{item.agreement.validTo ? formatDate(item.agreement.validTo) : ''}
          </span>
        </span>
      );
    case 'departments':
      return (
        <span className="cell-stack">
          <ClinicLink clinic={item.clinic} section="departments" />
          <span>{t('notices.unregistered', { count: item.unregistered })}</span>
        </span>
      );
  }
}

function Actions({ item }: { item: WorkQueueItem }) {
  switch (item.kind) {
    case 'membership':
      return <MembershipActions item={item} />;
    case 'agreement':
      return <ApproveAgreement item={item} />;
    case 'departments':
      return <DepartmentsLink item={item} />;
  }
}

function MembershipActions({ item }: { item: Item<'membership'> }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [rejecting, setRejecting] = useState(false);
  const decide = useMutation(trpc.memberships.decide.mutationOptions({ onSuccess: refresh }));
  const { name } = item.practitioner;
  return (
    <span className="cell-stack">
      <ActionButton
        small
        pending={decide.isPending}
        error={decide.error}
        label={t('memberships.approveNamed', { name })}
        onClick={() => decide.mutate({ practitionerId: item.practitioner.id, status: 'approved' })}
      >
        {t('memberships.approve')}
      </ActionButton>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('memberships.rejectNamed', { name })}
        onClick={() => setRejecting(true)}
      >
        {t('memberships.reject')}
      </button>
      {rejecting && <RejectMembershipDialog practitioner={item.practitioner} onClose={() => setRejecting(false)} />}
    </span>
  );
}

function ApproveAgreement({ item }: { item: Item<'agreement'> }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const approve = useMutation(trpc.agreements.upsert.mutationOptions({ onSuccess: refresh }));
  const party = item.practitionerName ?? item.clinic.name;
  return (
    <span className="cell-stack">
      <ActionButton
        small
        pending={approve.isPending}
        error={approve.error}
        label={t('workQueue.agreement.approveNamed', { insurer: item.insurer.name, party })}
        onClick={() => approve.mutate({ ...item.agreement, status: 'approved' })}
      >
        {t('memberships.approve')}
      </ActionButton>
      <Link to={PATHS.agreements}>{t('admin.nav.agreements')}</Link>
    </span>
  );
}

function DepartmentsLink({ item }: { item: Item<'departments'> }) {
  const t = useAdminT();
  return (
    <Link to={PATHS.departmentNotices} aria-label={t('workQueue.departments.openNamed', { clinic: item.clinic.name })}>
      {t('workQueue.departments.open')}
    </Link>
  );
}
