// The clinic's admin edits the seller details; the API's own schema checks them in the browser first (postcode of four
// digits, a Norwegian account number or IBAN with a valid check digit), so refusals stand by their fields.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { formatOrgNumber, sellerDetailsInputSchema } from '@bn/domain';
import { CheckboxField, EditForm, FactsList, TextField, checkedBy, fieldId, useFieldErrors, useTRPC } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import type { SellerDetailsView } from './seller-details.js';

interface Props {
  clinicId: string;
  orgNumber: string | null;
  initial: SellerDetailsView;
  onSaved: () => void;
  onChange: () => void;
}

const text = (s: string | null) => s ?? '';
const orNull = (s: string) => (s.trim() === '' ? null : s);

export function SellerDetailsForm({ clinicId, orgNumber, initial, onSaved, onChange }: Props) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const [value, setValue] = useState(() => ({
    legalName: text(initial.legalName),
    street: text(initial.street),
    postcode: text(initial.postcode),
    city: text(initial.city),
    bankAccount: text(initial.bankAccount),
    inBusinessRegister: initial.inBusinessRegister,
    vatRegistered: initial.vatRegistered,
    chargesCancellation: initial.chargesCancellation,
    chargesNoShow: initial.chargesNoShow,
  }));
  const save = useMutation(
    checkedBy(sellerDetailsInputSchema, trpc.billing.setSellerDetails.mutationOptions({ onSuccess: refresh })),
  );
  const errors = useFieldErrors(save.error);
  const id = (path: string) => fieldId('seller', path);
  const set = <K extends keyof typeof value>(key: K, v: (typeof value)[K]) => {
    onChange();
    setValue((prev) => ({ ...prev, [key]: v }));
  };

  return (
    <EditForm
      id="seller-form"
      label={t('seller.heading')}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('seller.save')}
      focusOnOpen={false}
      onSubmit={() =>
        save.mutate(
          {
            clinicId,
            ...value,
            legalName: orNull(value.legalName),
            street: orNull(value.street),
            postcode: orNull(value.postcode),
            city: orNull(value.city),
            bankAccount: orNull(value.bankAccount),
          },
          { onSuccess: onSaved },
        )
      }
    >
      <FactsList
        facts={[
          {
            label: t('seller.orgNumber'),
            value: (
              <>
                {orgNumber ? formatOrgNumber(orgNumber) : t('seller.notGiven')}{' '}
                <span className="muted">{t('seller.orgNumber.hint')}</span>
              </>
            ),
          },
        ]}
      />
      <TextField
        id={id('legalName')}
        label={t('seller.legalName')}
        hint={t('seller.legalName.hint')}
        value={value.legalName}
        onChange={(v) => set('legalName', v)}
        error={errors.legalName}
      />
      <TextField
        id={id('street')}
        label={t('seller.street')}
        autoComplete="street-address"
        value={value.street}
        onChange={(v) => set('street', v)}
        error={errors.street}
      />
      <div className="field-row">
        <TextField
          id={id('postcode')}
          label={t('seller.postcode')}
          inputMode="numeric"
          autoComplete="postal-code"
          size="short"
          value={value.postcode}
          onChange={(v) => set('postcode', v)}
          error={errors.postcode}
        />
        <TextField
          id={id('city')}
          label={t('seller.city')}
          autoComplete="address-level2"
          value={value.city}
          onChange={(v) => set('city', v)}
          error={errors.city}
        />
      </div>
      <TextField
        id={id('bankAccount')}
        label={t('seller.bankAccount')}
        hint={t('seller.bankAccount.hint')}
        autoComplete="off"
        value={value.bankAccount}
        onChange={(v) => set('bankAccount', v)}
        error={errors.bankAccount}
      />
      <CheckboxField
        id={id('inBusinessRegister')}
        label={t('seller.inBusinessRegister')}
        hint={t('seller.inBusinessRegister.hint')}
        checked={value.inBusinessRegister}
        onChange={(v) => set('inBusinessRegister', v)}
        error={errors.inBusinessRegister}
      />
      <CheckboxField
        id={id('vatRegistered')}
        label={t('seller.vatRegistered')}
        hint={t('seller.vatRegistered.hint')}
        checked={value.vatRegistered}
        onChange={(v) => set('vatRegistered', v)}
        error={errors.vatRegistered}
      />
      <fieldset className="fieldset">
        <legend>{t('seller.charges')}</legend>
        <CheckboxField
          id={id('chargesCancellation')}
          label={t('seller.chargesCancellation')}
          checked={value.chargesCancellation}
          onChange={(v) => set('chargesCancellation', v)}
          error={errors.chargesCancellation}
        />
        <CheckboxField
          id={id('chargesNoShow')}
          label={t('seller.chargesNoShow')}
          checked={value.chargesNoShow}
          onChange={(v) => set('chargesNoShow', v)}
          error={errors.chargesNoShow}
        />
      </fieldset>
    </EditForm>
  );
}
