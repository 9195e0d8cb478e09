// "Takster": the network's tariff list — insurance tariffs (B-codes), Helfo tariffs and own tariffs.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PROFESSION_INFO, TARIFF_KIND_LABELS } from '@bn/domain';
import { DataTable, QueryView, usePageTitle, useLocale, useTRPC } from '@bn/ui';
import { NEW, useEditing } from '../api/use-editing.js';
import { EditButton, SavedNotice } from '../clinic/section-parts.js';
import { NEW_TARIFF, TariffForm } from './tariff-form.js';
import { useAdminT } from '../i18n/use-admin-t.js';

export function TariffsPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const tariffs = useQuery(trpc.tariffs.list.queryOptions());
  const { editing, isNew, open, openNew, close } = useEditing();
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('tariffs.heading'));

  return (
    <section className="page">
      <div className="section-head">
        <h1>{t('tariffs.heading')}</h1>
        {!editing && (
          <button type="button" className="button" onClick={openNew}>
            {t('tariffs.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('tariffs.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={tariffs} loadingLabel={t('tariffs.loading')}>
        {(rows) => {
          const current = isNew ? NEW_TARIFF : rows.find((x) => x.id === editing);
          return (
            <>
              {current && (
                <TariffForm
                  key={isNew ? NEW : current.id}
                  initial={current}
                  isNew={isNew}
                  onCancel={close}
                  onSaved={(code) => {
                    setSaved(t('form.saved', { name: code }));
                    close();
                  }}
                />
              )}
              {rows.length === 0 ? (
                <p className="state state-empty">{t('tariffs.empty')}</p>
              ) : (
                <DataTable
                  caption={t('tariffs.heading')}
                  captionHidden
                  rows={rows}
                  rowKey={(x) => x.id}
                  columns={[
                    { key: 'code', header: t('tariffs.code'), nowrap: true, cell: (x) => x.code },
                    { key: 'name', header: t('tariffs.name'), cell: (x) => x.name },
                    { key: 'kind', header: t('tariffs.kind'), cell: (x) => TARIFF_KIND_LABELS[x.kind][locale] },
                    {
                      key: 'professions',
                      header: t('tariffs.professions'),
                      cell: (x) =>
                        x.professions.map((p) => PROFESSION_INFO[p][locale]).join(', ') || t('tariffs.allProfessions'),
                    },
                    {
                      key: 'edit',
                      header: t('common.actions'),
                      cell: (x) => <EditButton name={x.code} onClick={() => open(x.id)} />,
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
