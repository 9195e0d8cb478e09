// «Prisliste»: the clinic's price per Helfo and own tariff, in kroner, which a new billing card's lines start from.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDate, TARIFF_KIND_LABELS } from '@bn/domain';
import { DataTable, QueryView, apiErrorText, readApiError, useLocale, usePageTitle, useTRPC } from '@bn/ui';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { KronerInput } from './kroner-input.js';

export function PricesPage() {
  const t = useAdminT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const clinicId = useClinicId();
  usePageTitle(t('clinic.tab.prices'));
  const list = useQuery(trpc.prices.list.queryOptions({ clinicId }));
  const save = useMutation(
    trpc.prices.upsert.mutationOptions({
      onSuccess: (rows) => queryClient.setQueryData(trpc.prices.list.queryKey({ clinicId }), rows),
    }),
  );
  const info = save.error ? readApiError(save.error) : null;
  return (
    <section aria-labelledby="prices-heading">
      <h2 id="prices-heading">{t('clinic.tab.prices')}</h2>
      <p className="muted">{t('prices.intro')}</p>
      {info && (
        <p role="alert" className="alert alert-error">
          {apiErrorText(info, locale, t('error.network'))}
        </p>
      )}
      <span role="status" className="muted">
        {save.isPending ? t('form.saving') : save.isSuccess ? t('prices.saved') : ''}
      </span>
      <QueryView
        query={list}
        loadingLabel={t('prices.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('prices.empty')}
      >
        {(rows) => (
          <DataTable
            caption={t('clinic.tab.prices')}
            captionHidden
            rows={rows}
            rowKey={(r) => r.tariffCode}
            columns={[
              {
                key: 'code',
                header: t('billing.col.code'),
                nowrap: true,
                cell: (r) => <strong>{r.tariffCode}</strong>,
              },
              { key: 'name', header: t('billing.col.name'), cell: (r) => r.tariffName },
              { key: 'kind', header: t('billing.col.kind'), cell: (r) => TARIFF_KIND_LABELS[r.kind][locale] },
              {
                key: 'price',
                header: t('billing.col.price'),
                numeric: true,
                cell: (r) => (
                  <KronerInput
                    key={`${r.tariffCode}-${r.priceOre}`}
                    id={`clinic-price-${r.tariffCode}`}
                    label={t('billing.price.of', { code: r.tariffCode })}
                    ore={r.priceOre}
                    disabled={save.isPending}
                    invalidText={t('billing.price.invalid')}
                    onCommit={(priceOre) => save.mutate({ clinicId, tariffCode: r.tariffCode, priceOre })}
                  />
                ),
              },
              {
                key: 'updated',
                header: t('prices.col.updated'),
                nowrap: true,
                cell: (r) => (r.updatedAt ? formatDate(r.updatedAt) : t('prices.notSet')),
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
