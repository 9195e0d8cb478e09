// The booking as it stands before the move: when (Oslo time), with whom, for whom, booked as what, its case id, and
// until when it can still be changed.
import type { ReactNode } from 'react';
import { formatTime } from '@bn/domain';
import { FactsList, useLocale } from '@bn/ui';
import type { AgentBooking } from '../api-types.js';
import { dateTime, weekdayDateTime } from '../bookings/when-text.js';
import { useAgentT, type AgentTranslate } from '../i18n/agent-messages.js';

export function CurrentBooking({ booking, until }: { booking: AgentBooking; until: Date | null }) {
  const at = useAgentT();
  const { locale } = useLocale();
  return (
    <section className="card move-current" aria-labelledby="move-current-heading">
      <h2 id="move-current-heading">{at('move.current.heading')}</h2>
      <FactsList
        facts={[
          {
            label: at('move.fact.when'),
            value: (
              <span className="booking-weekday">{`${weekdayDateTime(booking.startAt, locale)}–${formatTime(booking.endAt)}`}</span>
            ),
          },
          ...bookingFacts(booking, at),
          ...(until ? [{ label: at('move.fact.deadline'), value: dateTime(until) }] : []),
        ]}
      />
    </section>
  );
}

/** Who, for whom and as what: the same on the move page and its receipt. */
export function bookingFacts(booking: AgentBooking, at: AgentTranslate): { label: string; value: ReactNode }[] {
  return [
    {
      label: at('booking.fact.practitioner'),
      value: (
        <>
          {booking.practitionerName ?? at('bookings.unknown')}
          <span className="booking-type muted">{booking.clinicName}</span>
        </>
      ),
    },
    { label: at('booking.fact.patient'), value: booking.patientName ?? at('bookings.unknown') },
    {
      label: at('booking.fact.tariff'),
      value: (
        <>
          {booking.tariffName ?? booking.tariffCode ?? '–'}
          {booking.tariffName && booking.tariffCode ? ` (${booking.tariffCode})` : ''}
          {booking.typeName && <span className="booking-type muted">{booking.typeName}</span>}
        </>
      ),
    },
    { label: at('booking.fact.caseId'), value: booking.caseId ?? at('move.caseId.none') },
  ];
}
