// "Fakturaopplysninger": the clinic as seller on its EHF invoices to insurers — the organisation number (kept by the
// network), the registered name, the postal address, the bank account, Foretaksregisteret and VAT — and whether it
// charges for late cancellations and no-shows. The clinic's own admin keeps them; the network and support read them.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatOrgNumber } from '@bn/domain';
import { FactsList, QueryView, YesNo, usePageTitle, useTRPC } from '@bn/ui';
import { useCanEditClinic, useClinicId } from '../../api/use-clinic.js';
import { SavedNotice } from '../section-parts.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { SellerDetailsForm } from './seller-details-form.js';
import { missingForEhf, type SellerDetailsView } from './seller-details.js';

export function SellerDetailsPage() {
  const t = useAdminT();
  const trpc = useTRPC();
  const clinicId = useClinicId();
  const canEdit = useCanEditClinic();
  const clinic = useQuery(trpc.clinics.get.queryOptions({ clinicId }));
  const details = useQuery(trpc.billing.sellerDetails.queryOptions({ clinicId }));
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(t('seller.heading'));

  return (
    <section aria-labelledby="seller-heading">
      <div className="section-head">
        <h2 id="seller-heading">{t('seller.heading')}</h2>
      </div>
      <p className="muted">{t('seller.intro')}</p>
      <SavedNotice text={saved} />
      <QueryView query={details} loadingLabel={t('seller.loading')}>
        {(d) => (
          <>
            <MissingNotice details={d} />
            {canEdit ? (
              <SellerDetailsForm
                clinicId={clinicId}
                orgNumber={clinic.data?.orgNumber ?? null}
                initial={d}
                onSaved={() => setSaved(t('seller.saved'))}
                onChange={() => setSaved(null)}
              />
            ) : (
              <SellerFacts details={d} orgNumber={clinic.data?.orgNumber ?? null} />
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** What an EHF invoice still lacks, named, so the clinic knows before a document is refused. */
function MissingNotice({ details }: { details: SellerDetailsView }) {
  const t = useAdminT();
  const missing = missingForEhf(details);
  if (missing.length === 0) return <p className="notice notice-ok">{t('seller.complete')}</p>;
  return (
    <div className="notice notice-info">
      <p>{t('seller.missing')}</p>
      <ul>
        {missing.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}

function SellerFacts({ details: d, orgNumber }: { details: SellerDetailsView; orgNumber: string | null }) {
  const t = useAdminT();
  const none = t('seller.notGiven');
  const yesNo = (value: boolean) => <YesNo value={value} yes={t('common.yes')} no={t('common.no')} />;
  const address = [d.street, [d.postcode, d.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <FactsList
      facts={[
        { label: t('seller.orgNumber'), value: orgNumber ? formatOrgNumber(orgNumber) : none },
        { label: t('seller.legalName'), value: d.legalName ?? none },
        { label: t('seller.address'), value: address || none },
        { label: t('seller.bankAccount'), value: d.bankAccount ?? none },
        { label: t('seller.inBusinessRegister'), value: yesNo(d.inBusinessRegister) },
        { label: t('seller.vatRegistered'), value: yesNo(d.vatRegistered) },
        { label: t('seller.chargesCancellation'), value: yesNo(d.chargesCancellation) },
        { label: t('seller.chargesNoShow'), value: yesNo(d.chargesNoShow) },
      ]}
    />
  );
}
