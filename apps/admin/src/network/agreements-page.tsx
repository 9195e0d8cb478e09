// "Avtaler" (N3): agreements between insurers and clinics or practitioners; the network operator records and
// approves them. `?klinikk=<id>` narrows the list to one clinic (the readiness check links here).
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatDate } from '@bn/domain';
import { ActionButton, DataTable, QueryView, SelectField, StatusBadge, usePageTitle, useTRPC } from '@bn/ui';
import { NEW, useEditing } from '../api/use-editing.js';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import type { AgreementRow } from '../api/types.js';
import { EditButton, SavedNotice } from '../clinic/section-parts.js';
import { AgreementForm, newAgreement } from './agreement-form.js';
import { AgreementPrices } from './agreement-prices.js';
import { useAdminT } from '../i18n/use-admin-t.js';

const STATUS = {
  pending: ['na', 'agreements.status.pending'],
  approved: ['ok', 'agreements.status.approved'],
  ended: ['fail', 'agreements.status.ended'],
} as const;

export function AgreementsPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinics = useQuery(trpc.clinics.list.queryOptions());
  const { editing, isNew, open, openNew, close, params } = useEditing();
  const { editing: clinicFilter, open: filter, close: unfilter } = useEditing('klinikk');
  // The B-tariff prices of one agreement (`?priser=<id>`).
  const prices = useEditing('priser');
  // One clinic's list holds its own agreements and its practitioners' personal ones.
  const agreements = useQuery(trpc.agreements.list.queryOptions(clinicFilter ? { clinicId: clinicFilter } : undefined));
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('agreements.heading'));

  return (
    <section className="page">
      <div className="section-head">
        <h1>{t('agreements.heading')}</h1>
        {!editing && (
          <button type="button" className="button" onClick={openNew}>
            {t('agreements.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('agreements.intro')}</p>
      <SavedNotice text={saved} />
      <SelectField
        id="agreements-filter"
        label={t('agreements.filter')}
        placeholder={t('agreements.filter.all')}
        value={clinicFilter ?? ''}
        options={(clinics.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onChange={(v) => (v ? filter(v) : unfilter())}
      />
      <QueryView query={agreements} loadingLabel={t('agreements.loading')}>
        {(rows) => {
          const row = rows.find((a) => a.id === editing);
          const current = isNew ? newAgreement(params.get('klinikk')) : row;
          const priced = rows.find((a) => a.id === prices.editing);
          return (
            <>
              {priced && (
                <AgreementPrices
                  key={priced.id}
                  agreement={{ id: priced.id, name: `${priced.insurerName} – ${priced.partyName}` }}
                  onClose={prices.close}
                />
              )}
              {current && (
                <AgreementForm
                  key={isNew ? NEW : current.id}
                  initial={current}
                  isNew={isNew}
                  onCancel={close}
                  onSaved={() => {
                    setSaved(t('agreements.saved'));
                    close();
                  }}
                />
              )}
              {rows.length === 0 ? (
                <p className="state state-empty">{t('agreements.empty')}</p>
              ) : (
                <DataTable
                  caption={t('agreements.heading')}
                  captionHidden
                  rows={rows}
                  rowKey={(a) => a.id}
                  columns={[
                    { key: 'insurer', header: t('agreements.insurer'), cell: (a) => a.insurerName },
                    {
                      key: 'party',
                      header: t('agreements.party'),
                      cell: (a) => (a.clinicId ? a.partyName : t('agreements.personal', { name: a.partyName })),
                    },
                    {
                      key: 'status',
                      header: t('agreements.status'),
                      cell: (a) => <StatusBadge status={STATUS[a.status][0]} label={t(STATUS[a.status][1])} />,
                    },
                    {
                      key: 'from',
                      header: t('agreements.validFrom'),
                      nowrap: true,
                      cell: (a) => formatDate(a.validFrom),
                    },
                    {
                      key: 'to',
                      header: t('agreements.validTo'),
                      nowrap: true,
                      cell: (a) => (a.validTo ? formatDate(a.validTo) : t('agreements.noEnd')),
                    },
                    {
                      key: 'actions',
                      header: t('common.actions'),
                      cell: (a) => <RowActions row={a} onEdit={() => open(a.id)} onPrices={() => prices.open(a.id)} />,
                    },
                  ]}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function RowActions({ row, onEdit, onPrices }: { row: AgreementRow; onEdit: () => void; onPrices: () => void }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const approve = useMutation(trpc.agreements.upsert.mutationOptions({ onSuccess: refresh }));
  const party = `${row.insurerName} – ${row.partyName}`;
  const { insurerName: _insurer, partyName: _party, ...config } = row;
  return (
    <span className="cell-stack">
      {row.status === 'pending' && (
        <ActionButton
          small
          pending={approve.isPending}
          error={approve.error}
          label={t('agreements.approveNamed', { name: party })}
          onClick={() => approve.mutate({ ...config, status: 'approved' })}
        >
          {t('agreements.approve')}
        </ActionButton>
      )}
      <EditButton name={party} onClick={onEdit} />
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('agreementPrices.openNamed', { name: party })}
        onClick={onPrices}
      >
        {t('agreementPrices.open')}
      </button>
    </span>
  );
}
