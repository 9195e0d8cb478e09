// The billing card's lines (P1, T4): Helfo first, then the insurance tariff the claim brought, then the clinic's own;
// on a draft each line's price (kroner) and quantity can be changed and the line removed, and a tariff added.
import { useState } from 'react';
import { formatOre, MAX_LINE_QUANTITY, TARIFF_KIND_LABELS } from '@bn/domain';
import { DataTable, SelectField, useLocale } from '@bn/ui';
import type { BillingCard, BillingCardLine } from '../../api/types.js';
import { useClinicConfig } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { KronerInput } from './kroner-input.js';
import type { CardEdit } from './use-card-edit.js';

interface Props {
  card: BillingCard;
  pending: boolean;
  onEdit: (edit: CardEdit) => void;
}

export function CardLines({ card, pending, onEdit }: Props) {
  const t = useAdminT();
  const { locale } = useLocale();
  const draft = card.status === 'draft';
  const money = (ore: number | null) => (ore === null ? t('billing.noPrice') : formatOre(ore, locale));
  return (
    <section aria-labelledby="card-lines">
      <h4 id="card-lines">{t('billing.lines')}</h4>
      {card.lines.length === 0 ? (
        <p className="state state-empty">{t('billing.lines.empty')}</p>
      ) : (
        <DataTable
          caption={t('billing.lines')}
          captionHidden
          rows={card.lines}
          rowKey={(l) => l.code}
          columns={[
            { key: 'code', header: t('billing.col.code'), nowrap: true, cell: (l) => <strong>{l.code}</strong> },
            { key: 'name', header: t('billing.col.name'), cell: (l) => l.name },
            { key: 'kind', header: t('billing.col.kind'), cell: (l) => TARIFF_KIND_LABELS[l.kind][locale] },
            {
              key: 'price',
              header: t('billing.col.price'),
              numeric: true,
              cell: (l) =>
                draft ? (
                  <KronerInput
                    key={`${l.code}-${l.priceOre}`}
                    id={`price-${l.code}`}
                    label={t('billing.price.of', { code: l.code })}
                    ore={l.priceOre}
                    disabled={pending}
                    invalidText={t('billing.price.invalid')}
                    onCommit={(priceOre) => onEdit({ op: 'setPrice', tariffCode: l.code, priceOre })}
                  />
                ) : (
                  money(l.priceOre)
                ),
            },
            {
              key: 'quantity',
              header: t('billing.col.quantity'),
              numeric: true,
              cell: (l) => (draft ? <QuantityInput line={l} pending={pending} onEdit={onEdit} /> : l.quantity),
            },
            { key: 'amount', header: t('billing.col.amount'), numeric: true, cell: (l) => money(l.amountOre) },
            ...(draft
              ? [
                  {
                    key: 'remove',
                    header: t('billing.col.actions'),
                    cell: (l: BillingCardLine) => (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        disabled={pending}
                        aria-label={t('billing.remove.of', { code: l.code })}
                        onClick={() => onEdit({ op: 'removeLine', tariffCode: l.code })}
                      >
                        {t('billing.remove')}
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <p className="billing-total">
        <strong>{t('billing.total', { amount: formatOre(card.totalOre, locale) })}</strong>
        {' · '}
        {card.payer === 'insurer'
          ? t('billing.payer.insurer', { insurer: card.claim?.insurerName ?? '' })
          : t('billing.payer.patient')}
      </p>
      {card.unpricedCodes.length > 0 && (
        <p className="notice notice-info">{t('billing.unpriced', { codes: card.unpricedCodes.join(', ') })}</p>
      )}
      {draft && <AddLine card={card} pending={pending} onEdit={onEdit} />}
    </section>
  );
}

function QuantityInput({
  line,
  pending,
  onEdit,
}: {
  line: BillingCardLine;
  pending: boolean;
  onEdit: Props['onEdit'];
}) {
  const t = useAdminT();
  const [text, setText] = useState(String(line.quantity));
  const commit = () => {
    const quantity = Number(text);
    if (text.trim() !== '' && quantity !== line.quantity)
      onEdit({ op: 'setQuantity', tariffCode: line.code, quantity });
  };
  return (
    <input
      type="number"
      className="input-short"
      min={1}
      max={MAX_LINE_QUANTITY}
      aria-label={t('billing.quantity.of', { code: line.code })}
      value={text}
      disabled={pending}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}

function AddLine({ card, pending, onEdit }: Props) {
  const t = useAdminT();
  const config = useClinicConfig();
  const [code, setCode] = useState('');
  const onCard = new Set(card.lines.map((l) => l.code));
  const options = (config.data?.tariffs ?? [])
    .filter((x) => !onCard.has(x.code))
    .map((x) => ({ value: x.code, label: `${x.code} ${x.name}` }));
  return (
    <form
      className="form inline-fields"
      aria-label={t('billing.add')}
      onSubmit={(e) => {
        e.preventDefault();
        if (code && !pending) {
          onEdit({ op: 'addLine', tariffCode: code });
          setCode('');
        }
      }}
    >
      <SelectField
        id="card-add-line"
        label={t('billing.add.tariff')}
        placeholder={t('billing.add.choose')}
        value={code}
        options={options}
        onChange={setCode}
      />
      <div className="actions">
        <button type="submit" className="button button-secondary" disabled={pending || !code}>
          {t('billing.add')}
        </button>
      </div>
    </form>
  );
}
