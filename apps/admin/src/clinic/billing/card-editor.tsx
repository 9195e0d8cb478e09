// One billing card (P1): what was done when and by whom, the claim that pays it (or the patient), its lines and total;
// a draft is billed, a billed card credited (never edited), and the insurer's EHF document downloaded.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime, formatTime } from '@bn/domain';
import { ActionButton, FactsList, QueryView, SelectField, useTRPC, useTRPCClient } from '@bn/ui';
import type { BillingCard } from '../../api/types.js';
import { useClinicId } from '../../api/use-clinic.js';
import { useAdminT } from '../../i18n/use-admin-t.js';
import { clinicSectionPath } from '../../paths.js';
import { CardLines } from './card-lines.js';
import { saveFile } from './download.js';
import { Refusal } from './refusal.js';
import { useCardEdit, type CardEdit } from './use-card-edit.js';

export function CardEditor({ cardId }: { cardId: string }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const card = useQuery(trpc.billing.get.queryOptions({ cardId }));
  return (
    <QueryView query={card} loadingLabel={t('billing.loading')}>
      {(c) => <Card card={c} />}
    </QueryView>
  );
}

function Card({ card }: { card: BillingCard }) {
  const t = useAdminT();
  const clinicId = useClinicId();
  const edit = useCardEdit(card.id);
  const [last, setLast] = useState<CardEdit['op'] | null>(null);
  const run = (e: CardEdit) => {
    setLast(e.op);
    edit.mutate(e);
  };
  const none = t('details.none');
  return (
    <article className="billing-card" aria-labelledby="card-heading">
      <h3 id="card-heading">{t('billing.card.heading', { name: card.patientName, date: formatDate(card.startAt) })}</h3>
      <p>
        <strong className={`badge badge-${card.status}`}>{t(`billing.status.${card.status}`)}</strong>
      </p>
      <FactsList
        facts={[
          {
            label: t('billing.patient'),
            value: (
              <Link to={clinicSectionPath(clinicId, 'patients', { pasient: card.patientId })}>{card.patientName}</Link>
            ),
          },
          { label: t('billing.time'), value: `${formatDateTime(card.startAt)}–${formatTime(card.endAt)}` },
          { label: t('billing.practitioner'), value: card.practitionerName ?? none },
          { label: t('billing.type'), value: card.typeName ?? none },
          ...(card.invoiceNumber
            ? [
                {
                  label: t('billing.invoice'),
                  value: `${card.invoiceNumber} · ${formatDate(card.billedAt ?? card.startAt)}`,
                },
              ]
            : []),
          ...(card.creditNoteNumber
            ? [
                {
                  label: t('billing.creditNote'),
                  value: `${card.creditNoteNumber} · ${formatDate(card.creditedAt ?? card.startAt)}`,
                },
              ]
            : []),
        ]}
      />
      <ClaimChoice card={card} pending={edit.isPending} onEdit={run} />
      <CardLines card={card} pending={edit.isPending} onEdit={run} />
      <Refusal error={edit.error} />
      <span role="status" className="muted">
        {edit.isPending ? t('form.saving') : edit.isSuccess && last ? t(`billing.done.${last}`) : ''}
      </span>
      <div className="actions" role="group" aria-label={t('billing.actions')}>
        {card.status === 'draft' && (
          <ActionButton pending={edit.isPending && last === 'bill'} onClick={() => run({ op: 'bill' })}>
            {t('billing.bill')}
          </ActionButton>
        )}
        {card.status === 'billed' && (
          <ActionButton secondary pending={edit.isPending && last === 'credit'} onClick={() => run({ op: 'credit' })}>
            {t('billing.credit')}
          </ActionButton>
        )}
        {card.status !== 'draft' && card.claim && <EhfDownload cardId={card.id} document="invoice" />}
        {card.status === 'credited' && card.claim && <EhfDownload cardId={card.id} document="credit_note" />}
      </div>
      {card.status !== 'draft' && <p className="muted">{t('billing.billedNote')}</p>}
    </article>
  );
}

function ClaimChoice({
  card,
  pending,
  onEdit,
}: {
  card: BillingCard;
  pending: boolean;
  onEdit: (e: CardEdit) => void;
}) {
  const t = useAdminT();
  const trpc = useTRPC();
  const [claimId, setClaimId] = useState('');
  const draft = card.status === 'draft';
  // The patient's claims to choose from: only while the card is a draft without one.
  const patient = useQuery({
    ...trpc.patients.get.queryOptions({ patientId: card.patientId }),
    enabled: draft && !card.claim,
  });
  const claim = card.claim;
  return (
    <section aria-labelledby="card-claim">
      <h4 id="card-claim">{t('billing.claim')}</h4>
      {claim ? (
        <p>
          {claim.insurerName}
          {claim.caseId
            ? ` · ${t('appointment.caseId', { caseId: claim.caseId })}`
            : claim.caseNumber
              ? ` · ${t('patients.claim.caseNumber', { number: claim.caseNumber })}`
              : ''}{' '}
          {draft && (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={pending}
              onClick={() => onEdit({ op: 'detachClaim' })}
            >
              {t('billing.claim.detach')}
            </button>
          )}
        </p>
      ) : (
        <p className="muted">{t('billing.claim.none')}</p>
      )}
      {draft && !claim && (patient.data?.claims.length ?? 0) > 0 && (
        <form
          className="form inline-fields"
          aria-label={t('billing.claim.attach')}
          onSubmit={(e) => {
            e.preventDefault();
            if (claimId && !pending) onEdit({ op: 'attachClaim', claimId });
          }}
        >
          <SelectField
            id="card-claim-choice"
            label={t('billing.claim.choose')}
            placeholder={t('billing.claim.placeholder')}
            value={claimId}
            options={(patient.data?.claims ?? []).map((c) => ({
              value: c.id,
              label: [c.insurerName, c.caseId ?? c.caseNumber].filter(Boolean).join(' · '),
            }))}
            onChange={setClaimId}
          />
          <div className="actions">
            <button type="submit" className="button button-secondary" disabled={pending || !claimId}>
              {t('billing.claim.attach')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function EhfDownload({ cardId, document }: { cardId: string; document: 'invoice' | 'credit_note' }) {
  const t = useAdminT();
  const client = useTRPCClient();
  const download = useMutation({
    mutationFn: () => client.billing.ehf.query({ cardId, document }),
    onSuccess: (file) => saveFile(file.fileName, file.xml, 'application/xml'),
  });
  return (
    <>
      <ActionButton secondary pending={download.isPending} onClick={() => download.mutate()}>
        {document === 'invoice' ? t('billing.ehf.invoice') : t('billing.ehf.creditNote')}
      </ActionButton>
      <Refusal error={download.error} />
    </>
  );
}
