// "Forsikringsselskaper": the insurers in the network, editable by the network operator.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatOrgNumber, type InsurerConfig } from '@bn/domain';
import { DataTable, QueryView, YesNo, usePageTitle, useTRPC } from '@bn/ui';
import { NEW, useEditing } from '../api/use-editing.js';
import { EditButton, SavedNotice } from '../clinic/section-parts.js';
import { InsurerForm, NEW_INSURER } from './insurer-form.js';
import { BuyerDetailsPanel } from './buyer-details-form.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export function InsurersPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const insurers = useQuery(trpc.insurers.list.queryOptions());
  const { editing, isNew, open, openNew, close } = useEditing();
  // The insurer as buyer on EHF invoices (`?faktura=<id>`), its own form beside the insurer's.
  const buyer = useEditing('faktura');
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('insurers.heading'));

  return (
    <section className="page">
      <div className="section-head">
        <h1>{t('insurers.heading')}</h1>
        {!editing && (
          <button type="button" className="button" onClick={openNew}>
            {t('insurers.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('insurers.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={insurers} loadingLabel={t('insurers.loading')}>
        {(rows) => {
          const row = rows.find((i) => i.id === editing);
          const current: InsurerConfig | undefined = isNew
            ? NEW_INSURER
            : row && { ...row, appName: row.appName ?? null };
          const buyerOf = rows.find((i) => i.id === buyer.editing);
          return (
            <>
              {buyerOf && (
                <BuyerDetailsPanel
                  key={buyerOf.id}
                  insurer={buyerOf}
                  onCancel={buyer.close}
                  onSaved={() => {
                    setSaved(t('buyer.saved', { name: buyerOf.name }));
                    buyer.close();
                  }}
                />
              )}
              {current && (
                <InsurerForm
                  key={isNew ? NEW : current.id}
                  initial={current}
                  isNew={isNew}
                  onCancel={close}
                  onSaved={(name) => {
                    setSaved(t('form.saved', { name }));
                    close();
                  }}
                />
              )}
              {rows.length === 0 ? (
                <p className="state state-empty">{t('insurers.empty')}</p>
              ) : (
                <DataTable
                  caption={t('insurers.heading')}
                  captionHidden
                  rows={rows}
                  rowKey={(i) => i.id}
                  columns={[
                    { key: 'name', header: t('insurers.col.name'), cell: (i) => i.name },
                    {
                      key: 'org',
                      header: t('insurers.col.orgNumber'),
                      nowrap: true,
                      cell: (i) => formatOrgNumber(i.orgNumber),
                    },
                    // N4: a property of the insurer, shown as it is stored.
                    {
                      key: 'psychologists',
                      header: t('insurers.col.psychologists'),
                      cell: (i) => (
                        <YesNo value={i.offersPsychologistBooking} yes={t('common.yes')} no={t('common.no')} />
                      ),
                    },
                    {
                      key: 'app',
                      header: t('insurers.col.patientApp'),
                      cell: (i) => (
                        <YesNo value={i.hasPatientApp} yes={i.appName ?? t('common.yes')} no={t('common.no')} />
                      ),
                    },
                    {
                      key: 'edit',
                      header: t('common.actions'),
                      cell: (i) => (
                        <span className="cell-stack">
                          <EditButton name={i.name} onClick={() => open(i.id)} />
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            aria-label={t('buyer.openNamed', { name: i.name })}
                            onClick={() => buyer.open(i.id)}
                          >
                            {t('buyer.open')}
                          </button>
                        </span>
                      ),
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
