// The patient card's insurance claims (P2, K5): what each grants — in total or per tariff — and when it is valid, the
// bookings it covers, and the two ways to add one: a case id looked up at the insurer, or a claim typed in by hand.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { TOTAL_COUNT_KEY, formatDate, formatDateTime, type ClaimGrant } from '@bn/domain';
import { ActionButton, DataTable, useTRPC } from '@bn/ui';
import { useRefreshAfterSave } from '../../api/use-refresh.js';
import type { PatientCardView, PatientClaim } from '../../api/types.js';
import { useAdminT, type AdminTranslate } from '../../i18n/use-admin-t.js';
import { useToday } from '../../use-today.js';
import { displayDate } from '../calendar/calendar-params.js';
import { SavedNotice } from '../section-parts.js';
import { bookingsOfClaim, claimValidity, selfPaidBookings } from './claim-links.js';
import { ClaimByHandForm, ImportCaseForm } from './claim-form.js';
import { BookingStatus } from './booking-status.js';

type Open = { form: 'import'; initial?: { insurerId: string; caseId: string } } | { form: 'byHand' } | null;

export function ClaimsSection({ card }: { card: PatientCardView }) {
  const t = useAdminT();
  const today = useToday();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selfPaid = selfPaidBookings(card.bookings);
  const start = (next: Open) => {
    setNotice(null);
    setOpen(next);
  };
  const saved = (text: string) => {
    setOpen(null);
    setNotice(text);
  };
  return (
    <section aria-labelledby="patient-claims">
      <div className="section-head">
        <h4 id="patient-claims">{t('patients.claims')}</h4>
        {!open && (
          <div className="actions">
            <button type="button" className="button button-small" onClick={() => start({ form: 'import' })}>
              {t('claims.import')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => start({ form: 'byHand' })}
            >
              {t('claims.byHand')}
            </button>
          </div>
        )}
      </div>
      <SavedNotice text={notice} />
      {open?.form === 'import' && (
        <ImportCaseForm patientId={card.id} initial={open.initial} onSaved={saved} onCancel={() => setOpen(null)} />
      )}
      {open?.form === 'byHand' && (
        <ClaimByHandForm patientId={card.id} onSaved={saved} onCancel={() => setOpen(null)} />
      )}
      {selfPaid.length > 0 && (
        <p className="notice notice-info">
          {selfPaid.length === 1
            ? t('patients.claims.selfPay.one')
            : t('patients.claims.selfPay', { count: selfPaid.length })}
        </p>
      )}
      {card.claims.length === 0 ? (
        <p className="state state-empty">{t('patients.claims.empty')}</p>
      ) : (
        <DataTable
          caption={t('patients.claims')}
          captionHidden
          rows={card.claims}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'caseId',
              header: t('patients.col.caseId'),
              nowrap: true,
              cell: (c) =>
                c.caseId ??
                (c.caseNumber ? t('patients.claim.caseNumber', { number: c.caseNumber }) : t('details.none')),
            },
            { key: 'insurer', header: t('details.insurer'), cell: (c) => c.insurerName },
            {
              key: 'status',
              header: t('patients.col.claimStatus'),
              cell: (c) => <ClaimStatus claim={c} today={today} />,
            },
            {
              key: 'grant',
              header: t('claims.col.treatments'),
              cell: (c) =>
                c.grant ? (
                  <ClaimUsage claim={c} />
                ) : (
                  <>
                    <span className="muted">{t('claims.grant.unknown')} </span>
                    {c.caseId && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('claims.lookUp.named', { caseId: c.caseId })}
                        onClick={() =>
                          start({ form: 'import', initial: { insurerId: c.insurerId, caseId: c.caseId ?? '' } })
                        }
                      >
                        {t('claims.lookUp')}
                      </button>
                    )}
                  </>
                ),
            },
            {
              key: 'linked',
              header: t('patients.col.linked'),
              cell: (c) => {
                const linked = bookingsOfClaim(c, card.bookings);
                return linked.length === 0 ? (
                  t('patients.claim.noLinked')
                ) : (
                  <ul className="plain-list">
                    {linked.map((b) => (
                      <li key={b.id}>
                        {formatDateTime(b.startAt)} (<BookingStatus booking={b} />)
                      </li>
                    ))}
                  </ul>
                );
              },
            },
            { key: 'created', header: t('patients.col.created'), nowrap: true, cell: (c) => formatDate(c.createdAt) },
            {
              key: 'delete',
              header: t('claims.col.actions'),
              cell: (c) => <DeleteClaim claim={c} onDeleted={saved} />,
            },
          ]}
        />
      )}
    </section>
  );
}

/** Used and remaining treatments (billed cards count, credited ones give back), or what is granted when unknown. */
function ClaimUsage({ claim }: { claim: PatientClaim }) {
  const t = useAdminT();
  if (!claim.grant) return null;
  if (!claim.usage) return <>{grantText(claim.grant, t)}</>;
  return (
    <ul className="plain-list">
      {claim.usage.map((u) => (
        <li key={u.key}>
          {u.key === TOTAL_COUNT_KEY
            ? t('claims.usage.total', { used: u.used, granted: u.granted, remaining: u.remaining })
            : t('claims.usage.tariff', { code: u.key, used: u.used, granted: u.granted, remaining: u.remaining })}
        </li>
      ))}
    </ul>
  );
}

/** «Slett»: refused in words (CLAIM_IN_USE) while a billing card that is not credited uses the claim. */
function DeleteClaim({ claim, onDeleted }: { claim: PatientClaim; onDeleted: (text: string) => void }) {
  const t = useAdminT();
  const trpc = useTRPC();
  const refresh = useRefreshAfterSave();
  const remove = useMutation(trpc.claims.delete.mutationOptions({ onSuccess: refresh }));
  const name = claim.caseId ?? claim.caseNumber ?? claim.insurerName;
  return (
    <ActionButton
      small
      secondary
      pending={remove.isPending}
      error={remove.error}
      label={t('claims.delete.named', { name })}
      onClick={() =>
        remove.mutate({ claimId: claim.id }, { onSuccess: () => onDeleted(t('claims.delete.done', { name })) })
      }
    >
      {t('claims.delete')}
    </ActionButton>
  );
}

/** «8 behandlinger» or «B1010: 5 · B1020: 3». */
export function grantText(grant: ClaimGrant, t: AdminTranslate): string {
  if (grant.type === 'total') return t('claims.grant.total', { count: grant.treatments });
  return Object.entries(grant.treatments)
    .map(([code, n]) => t('claims.grant.tariff', { code, count: n }))
    .join(' · ');
}

function ClaimStatus({ claim, today }: { claim: PatientClaim; today: string }) {
  const t = useAdminT();
  const validity = claimValidity(claim, today);
  const details = [
    claim.createdAutomatically ? t('patients.claim.auto') : t('patients.claim.manual'),
    claim.validFrom || claim.validTo
      ? t('patients.claim.period', {
          from: claim.validFrom ? displayDate(claim.validFrom) : '',
          to: claim.validTo ? displayDate(claim.validTo) : '',
        })
      : null,
  ].filter(Boolean);
  return (
    <>
      <strong>{t(`patients.claim.${validity}`)}</strong>
      <span className="muted"> · {details.join(' · ')}</span>
    </>
  );
}
