// P1: the B-tariff price per agreement, set by the network operator: each insurance tariff with the agreement's price
// in kroner (stored as øre); a tariff without one is priced by nobody, and billing says so when a card needs it.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatOre, oreToDecimal, parseKroner } from '@bn/domain';
import {
  ActionButton,
  DataTable,
  QueryView,
  apiErrorText,
  fieldErrorTexts,
  readApiError,
  useLocale,
  useTRPC,
} from '@bn/ui';
import type { AppRouter, inferRouterOutputs } from '@bn/api';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

type PriceRow = inferRouterOutputs<AppRouter>['prices']['forAgreement'][number];

interface Props {
  agreement: { id: string; name: string };
  onClose: () => void;
}

export function AgreementPrices({ agreement, onClose }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const prices = useQuery(trpc.prices.forAgreement.queryOptions({ agreementId: agreement.id }));
  const heading = t('agreementPrices.headingNamed', { name: agreement.name });
  // Opened from a row's button above the table: the keyboard moves to the panel's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card subsection" aria-labelledby="agreement-prices-heading">
      <div className="section-head">
        <h2 id="agreement-prices-heading" ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('agreementPrices.close')}
        </button>
      </div>
      <p className="muted">{t('agreementPrices.intro')}</p>
      <QueryView
        query={prices}
        loadingLabel={t('agreementPrices.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={t('agreementPrices.empty')}
      >
        {(rows) => (
          <DataTable
            caption={heading}
            captionHidden
            rows={rows}
            rowKey={(r) => r.tariffCode}
            columns={[
              { key: 'code', header: t('agreementPrices.col.code'), nowrap: true, cell: (r) => r.tariffCode },
              { key: 'name', header: t('agreementPrices.col.name'), cell: (r) => r.tariffName },
              {
                key: 'price',
                header: t('agreementPrices.col.price'),
                nowrap: true,
                cell: (r) => <PriceText ore={r.priceOre} />,
              },
              {
                key: 'set',
                header: t('agreementPrices.col.set'),
                cell: (r) => <PriceEditor key={`${r.tariffCode}:${r.priceOre}`} agreementId={agreement.id} row={r} />,
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

function PriceText({ ore }: { ore: number | null }) {
  const t = useAdminT();
  const { locale } = useLocale();
  return ore === null ? <span className="muted">{t('agreementPrices.none')}</span> : <>{formatOre(ore, locale)}</>;
}

/** A price typed in kroner («650», «650,50», «1 234,50 kr») saved as øre; a minus is sent, for the API's own refusal. */
function PriceEditor({ agreementId, row }: { agreementId: string; row: PriceRow }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const { locale } = useLocale();
  const refresh = useRefreshAfterSave();
  const [text, setText] = useState(row.priceOre === null ? '' : oreToDecimal(row.priceOre).replace('.', ','));
  const [notAmount, setNotAmount] = useState(false);
  const save = useMutation(trpc.prices.setAgreementPrice.mutationOptions({ onSuccess: refresh }));
  const id = `agreement-price-${row.tariffCode}`;
  const info = save.error ? readApiError(save.error) : null;
  const error = notAmount
    ? t('agreementPrices.notAmount')
    : info
      ? (Object.values(fieldErrorTexts(info, locale))[0] ?? apiErrorText(info, locale, t('agreementPrices.network')))
      : undefined;
  const submit = () => {
    const ore = parseKroner(text);
    setNotAmount(ore === null);
    if (ore !== null) save.mutate({ agreementId, tariffCode: row.tariffCode, priceOre: ore });
  };
  return (
    <form
      className="inline-field"
      aria-label={t('agreementPrices.formNamed', { code: row.tariffCode })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!save.isPending) submit();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('agreementPrices.priceOf', { code: row.tariffCode })}
      </label>
      <input
        id={id}
        className="input-short"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />{' '}
      <button type="submit" className="button button-small" disabled={save.isPending}>
        {save.isPending ? t('agreementPrices.saving') : t('agreementPrices.save')}
      </button>{' '}
      {row.priceOre !== null && (
        <ActionButton
          small
          secondary
          pending={false}
          label={t('agreementPrices.removeNamed', { code: row.tariffCode })}
          onClick={() => save.mutate({ agreementId, tariffCode: row.tariffCode, priceOre: null })}
        >
          {t('agreementPrices.remove')}
        </ActionButton>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
