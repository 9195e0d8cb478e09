// The last look before booking: the time and the patient as they will be sent (national id masked), «Bekreft
// booking» and «Endre». A double click or a second try sends the same idempotency key, so it never books twice.
import { useEffect, useRef } from 'react';
import { FactsList, useLocale } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import type { PatientPayload } from './patient-fields.js';
import { patientFacts, shownPatient, slotFacts } from './booking-facts.js';
import type { SlotChoice } from './slot-choice.js';

export interface BookingSummaryProps {
  slot: SlotChoice;
  payload: PatientPayload;
  /** The hold is ready and still running. */
  canConfirm: boolean;
  holdPending: boolean;
  confirming: boolean;
  onConfirm: () => void;
  onEdit: () => void;
}

export function BookingSummary({
  slot,
  payload,
  canConfirm,
  holdPending,
  confirming,
  onConfirm,
  onEdit,
}: BookingSummaryProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="booking-summary card" aria-labelledby="summary-heading" aria-busy={confirming}>
      <h2 id="summary-heading" ref={headingRef} tabIndex={-1}>
        {at('booking.summary.heading')}
      </h2>
      <p className="muted">{at('booking.summary.intro')}</p>
      <FactsList facts={[...slotFacts(slot, at, locale), ...patientFacts(shownPatient(payload), at)]} />
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={onConfirm}
          disabled={!canConfirm || confirming}
          aria-describedby="summary-progress"
        >
          {confirming ? at('booking.summary.confirming') : at('booking.summary.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onEdit} disabled={confirming}>
          {at('booking.summary.edit')}
        </button>
        <span id="summary-progress" role="status" className="muted">
          {confirming ? (
            <>
              <span className="spinner" aria-hidden="true" /> {at('booking.summary.confirming')}
            </>
          ) : holdPending ? (
            at('booking.summary.waitHold')
          ) : (
            ''
          )}
        </span>
      </div>
    </section>
  );
}
