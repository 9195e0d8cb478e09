// «Timen er bestilt»: the booking as it now stands in the practitioner's book, with its reference, what happened
// with the case id (K5: claim linked or created; K6: no case id, the patient pays), and where to go next.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { bookingReference } from '@bn/domain';
import { FactsList, useLocale, usePageTitle } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { PATHS } from '../paths.js';
import { patientFacts, slotFacts } from './booking-facts.js';
import type { BookedReceipt } from './booking-state.js';
import type { SlotChoice } from './slot-choice.js';

export function BookingReceipt({
  slot,
  receipt,
  searchPath,
}: {
  slot: SlotChoice;
  receipt: BookedReceipt;
  searchPath: string;
}) {
  const at = useAgentT();
  const { locale } = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(at('booking.done.heading'));
  useEffect(() => headingRef.current?.focus(), []);
  const booked = { ...slot, startAt: receipt.startAt, endAt: receipt.endAt };

  return (
    <section className="page booking-receipt" aria-labelledby="receipt-heading">
      <h1 id="receipt-heading" ref={headingRef} tabIndex={-1}>
        {at('booking.done.heading')}
      </h1>
      <div className="notice notice-ok">
        <p>{at('booking.done.body')}</p>
        <p>
          {receipt.caseId
            ? at(receipt.claimCreated ? 'booking.done.claimCreated' : 'booking.done.claimLinked', {
                caseId: receipt.caseId,
              })
            : at('booking.done.selfPay')}
        </p>
      </div>
      <div className="card">
        <FactsList
          facts={[
            {
              label: at('booking.fact.reference'),
              value: <code className="booking-reference">{bookingReference(receipt.appointmentId)}</code>,
            },
            ...slotFacts(booked, at, locale),
            ...patientFacts(
              {
                name: receipt.patientName,
                maskedNationalId: receipt.maskedNationalId,
                caseId: receipt.caseId,
                remark: receipt.patientRemark,
              },
              at,
            ),
          ]}
        />
      </div>
      <div className="actions">
        <Link className="button" to={PATHS.bookings}>
          {at('booking.done.mine')}
        </Link>
        <Link className="button button-secondary" to={searchPath}>
          {at('booking.done.newSearch')}
        </Link>
      </div>
    </section>
  );
}
