// «Timen er flyttet»: the booking as it now stands (read back from booking.mine, not from the move's answer), the
// time it came from, and the case id it kept (K5: the same claim goes with it).
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatTime, osloDate } from '@bn/domain';
import { FactsList, useLocale, usePageTitle } from '@bn/ui';
import type { AgentBooking } from '../api-types.js';
import { rangeShowing, rangeToParams } from '../bookings/bookings-range.js';
import { weekdayDateTime } from '../bookings/when-text.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { PATHS } from '../paths.js';
import { useToday } from '../use-today.js';
import { bookingFacts } from './current-booking.js';

export function MoveReceipt({ booking, movedFrom }: { booking: AgentBooking; movedFrom: string }) {
  const at = useAgentT();
  const { locale } = useLocale();
  const today = useToday();
  const headingRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(at('move.done.heading'));
  useEffect(() => headingRef.current?.focus(), []);
  // «Mine bookinger» over a range that holds the new date, so the agent sees the booking there at once.
  const range = rangeToParams(rangeShowing(osloDate(new Date(booking.startAt)), today), today).toString();
  const to = weekdayDateTime(booking.startAt, locale);

  return (
    <section className="page move-receipt" aria-labelledby="move-done-heading">
      <h1 id="move-done-heading" ref={headingRef} tabIndex={-1}>
        {at('move.done.heading')}
      </h1>
      <div className="notice notice-ok" role="status">
        <p>{at('move.done.body', { from: weekdayDateTime(movedFrom, locale), to })}</p>
        <p>{booking.caseId ? at('move.done.caseId', { caseId: booking.caseId }) : at('move.done.noCaseId')}</p>
      </div>
      <div className="card">
        <FactsList
          facts={[
            {
              label: at('move.fact.newTime'),
              value: <span className="booking-weekday">{`${to}–${formatTime(booking.endAt)}`}</span>,
            },
            {
              label: at('move.fact.oldTime'),
              value: <span className="booking-weekday">{weekdayDateTime(movedFrom, locale)}</span>,
            },
            ...bookingFacts(booking, at),
            {
              label: at('booking.fact.reference'),
              value: <code className="booking-reference">{booking.reference}</code>,
            },
          ]}
        />
      </div>
      <div className="actions">
        <Link className="button" to={range ? `${PATHS.bookings}?${range}` : PATHS.bookings}>
          {at('move.done.mine')}
        </Link>
      </div>
    </section>
  );
}
