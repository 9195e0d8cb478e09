// The insurer as buyer on the clinics' EHF invoices, kept by the network operator: the registered name, the postal
// address and the insurer's own reference for the invoices (the organisation number is the insurer's own, above).
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { buyerDetailsInputSchema, formatOrgNumber } from '@bn/domain';
import { EditForm, FactsList, QueryView, TextField, checkedBy, fieldId, useFieldErrors, useTRPC } from '@bn/ui';
import type { AppRouter, inferRouterOutputs } from '@bn/api';
import { useRefreshAfterSave } from '../api/use-refresh.js';
import { useAdminT } from '../i18n/use-admin-t.js';

type BuyerDetails = inferRouterOutputs<AppRouter>['billing']['buyerDetails'];

interface Props {
  insurer: { id: string; name: string; orgNumber: string };
  onSaved: () => void;
  onCancel: () => void;
}

export function BuyerDetailsPanel({ insurer, onSaved, onCancel }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const details = useQuery(trpc.billing.buyerDetails.queryOptions({ insurerId: insurer.id }));
  return (
    <QueryView query={details} loadingLabel={t('buyer.loading')}>
      {(d) => <BuyerDetailsForm insurer={insurer} initial={d} onSaved={onSaved} onCancel={onCancel} />}
    </QueryView>
  );
}

const text = (s: string | null) => s ?? '';
const orNull = (s: string) => (s.trim() === '' ? null : s);

function BuyerDetailsForm({ insurer, initial, onSaved, onCancel }: Props & { initial: BuyerDetails }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({
    legalName: text(initial.legalName),
    street: text(initial.street),
    postcode: text(initial.postcode),
    city: text(initial.city),
    reference: text(initial.reference),
  }));
  const save = useMutation(
    checkedBy(buyerDetailsInputSchema, trpc.billing.setBuyerDetails.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('buyer', path);
  const field = (key: keyof typeof value, label: string, extra: { hint?: string; autoComplete?: string } = {}) => (
    <TextField
      id={id(key)}
      label={label}
      {...extra}
      size={key === 'postcode' ? 'short' : 'full'}
      inputMode={key === 'postcode' ? 'numeric' : undefined}
      value={value[key]}
      onChange={(v) => setValue((prev) => ({ ...prev, [key]: v }))}
      error={errors[key]}
    />
  );
  const label = t('buyer.formNamed', { name: insurer.name });

  return (
    <EditForm
      id="buyer-form"
      label={label}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('buyer.save')}
      onCancel={onCancel}
      onSubmit={() =>
        save.mutate(
          {
            insurerId: insurer.id,
            legalName: orNull(value.legalName),
            street: orNull(value.street),
            postcode: orNull(value.postcode),
            city: orNull(value.city),
            reference: orNull(value.reference),
          },
          { onSuccess: onSaved },
        )
      }
    >
      <h2>{label}</h2>
      <p className="muted">{t('buyer.intro')}</p>
      <FactsList facts={[{ label: t('insurers.orgNumber'), value: formatOrgNumber(insurer.orgNumber) }]} />
      {field('legalName', t('buyer.legalName'), { hint: t('buyer.legalName.hint') })}
      {field('street', t('buyer.street'))}
      {field('postcode', t('buyer.postcode'))}
      {field('city', t('buyer.city'))}
      {field('reference', t('buyer.reference'), { hint: t('buyer.reference.hint') })}
    </EditForm>
  );
}
