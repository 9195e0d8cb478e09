// The last look before booking: the time and the patient as they will be sent (national id masked), «Bekreft
// booking» and «Endre». A double click or a second try sends the same idempotency key, so it never books twice. A time
// that can no longer be changed or cancelled says so before the button, and is confirmed only with the box ticked.
import { useEffect, useRef, useState } from 'react';
import { CheckboxField, FactsList, useLocale } from '@bn/ui';
import type { ChangeState } from '../bookings/change-state.js';
import { useAgentT } from '../i18n/agent-messages.js';
import type { PatientPayload } from './patient-fields.js';
import { patientFacts, shownPatient, slotFacts } from './booking-facts.js';
import type { SlotChoice } from './slot-choice.js';
import { needsAcknowledgement, UnchangeableNotice } from './unchangeable-notice.js';

export interface BookingSummaryProps {
  slot: SlotChoice;
  payload: PatientPayload;
  /** The hold is ready and still running. */
  canConfirm: boolean;
  holdPending: boolean;
  confirming: boolean;
  /** The time once booked (the hold's answer): closed or offline needs the agent's acknowledgement. */
  change: ChangeState;
  onConfirm: () => void;
  onEdit: () => void;
}

const ACK_ID = 'summary-unchangeable-ack';

export function BookingSummary({
  slot,
  payload,
  canConfirm,
  holdPending,
  confirming,
  change,
  onConfirm,
  onEdit,
}: BookingSummaryProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const mustAcknowledge = needsAcknowledgement(change);
  const [acknowledged, setAcknowledged] = useState(false);
  const [missing, setMissing] = useState(false);
  const confirmClicked = () => {
    if (mustAcknowledge && !acknowledged) {
      // Said beside the box, and the keyboard goes there.
      setMissing(true);
      document.getElementById(ACK_ID)?.focus();
      return;
    }
    onConfirm();
  };

  return (
    <section className="booking-summary card" aria-labelledby="summary-heading" aria-busy={confirming}>
      <h2 id="summary-heading" ref={headingRef} tabIndex={-1}>
        {at('booking.summary.heading')}
      </h2>
      <p className="muted">{at('booking.summary.intro')}</p>
      <FactsList facts={[...slotFacts(slot, at, locale), ...patientFacts(shownPatient(payload), at)]} />
      {mustAcknowledge && (
        <>
          <UnchangeableNotice state={change} />
          <CheckboxField
            id={ACK_ID}
            label={at('booking.unchangeable.ack')}
            checked={acknowledged}
            onChange={(checked) => {
              setAcknowledged(checked);
              if (checked) setMissing(false);
            }}
            error={missing ? at('booking.unchangeable.ackMissing') : undefined}
          />
        </>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={confirmClicked}
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
