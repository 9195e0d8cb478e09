// «Flytt timen»: one of the agent's bookings, moved to another free time of the same practitioner, type and tariff
// (booking.move keeps the appointment, its case id and claim). The address names the booking and its date, so a
// fresh tab finds it again through booking.mine; the history entry carries the way back and, once moved, the receipt.
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { osloDate } from '@bn/domain';
import { EmptyState, ErrorState, LoadingState, usePageTitle, useTRPC } from '@bn/ui';
import type { AgentBooking } from '../api-types.js';
import { canMove, changeState } from '../bookings/change-state.js';
import { dateTime } from '../bookings/when-text.js';
import { useAgentT, type AgentMessageKey } from '../i18n/agent-messages.js';
import { movePath, PATHS } from '../paths.js';
import { useNow } from '../use-now.js';
import { CurrentBooking } from './current-booking.js';
import { MovePicker } from './move-picker.js';
import { MoveReceipt } from './move-receipt.js';
import { readMoveState, receiptFor, type MoveState } from './move-state.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function MovePage() {
  const { appointmentId = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const state = readMoveState(location.state);
  const date = params.get('dato') ?? '';
  const back = state.from ?? PATHS.bookings;
  if (!appointmentId || !ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
    return (
      <MoveFrame back={back}>
        <NotThere text="move.badLink" back={back} />
      </MoveFrame>
    );
  }
  return <BookingLookup appointmentId={appointmentId} date={date} state={state} back={back} />;
}

function MoveFrame({ back, children }: { back: string; children: ReactNode }) {
  const at = useAgentT();
  usePageTitle(at('move.heading'));
  return (
    <section className="page move-page" aria-labelledby="move-heading">
      <Link className="back-link" to={back}>
        {at('move.back')}
      </Link>
      <h1 id="move-heading">{at('move.heading')}</h1>
      {children}
    </section>
  );
}

function NotThere({ text, back }: { text: AgentMessageKey; back: string }) {
  const at = useAgentT();
  return (
    <EmptyState>
      <p>{at(text)}</p>
      <Link className="button button-secondary" to={back}>
        {at('move.step.mine')}
      </Link>
    </EmptyState>
  );
}

/** The booking as booking.mine shows it now, found by its date; always asked afresh (it may have changed). */
function BookingLookup({
  appointmentId,
  date,
  state,
  back,
}: {
  appointmentId: string;
  date: string;
  state: MoveState;
  back: string;
}) {
  const at = useAgentT();
  const trpc = useTRPC();
  const bookings = useQuery(trpc.booking.mine.queryOptions({ from: date, to: date }, { staleTime: 0 }));
  const booking = bookings.data?.find((b) => b.id === appointmentId);
  // Not in a cached answer (just moved to this date) is not yet "not there": wait for the fresh one.
  if (!bookings.data || (!booking && bookings.isFetching)) {
    return (
      <MoveFrame back={back}>
        {bookings.isError ? (
          <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} retrying={bookings.isFetching} />
        ) : (
          <LoadingState label={at('move.loading')} />
        )}
      </MoveFrame>
    );
  }
  if (!booking) {
    return (
      <MoveFrame back={back}>
        <NotThere text="move.notFound" back={back} />
      </MoveFrame>
    );
  }
  const moved = receiptFor(state, booking);
  if (moved) return <MoveReceipt booking={booking} movedFrom={moved.fromStartAt} />;
  return (
    <MoveFrame back={back}>
      <MoveBooking booking={booking} state={state} />
    </MoveFrame>
  );
}

function MoveBooking({ booking, state }: { booking: AgentBooking; state: MoveState }) {
  const at = useAgentT();
  const navigate = useNavigate();
  // The deadline may pass while the agent is on the page: the picker closes then, as the server would refuse.
  const now = useNow(15_000);
  const change = changeState(booking, now);

  const onMoved = (result: { startAt: Date }) => {
    const moved = {
      fromStartAt: new Date(booking.startAt).toISOString(),
      toStartAt: new Date(result.startAt).toISOString(),
    };
    // The booking now lives on its new date: the address follows it, and the entry remembers the move.
    void navigate(movePath({ id: booking.id, date: osloDate(new Date(result.startAt)) }), {
      replace: true,
      state: { from: state.from, moved } satisfies MoveState,
    });
  };

  let blocked: ReactNode = null;
  if (change.kind === 'over') blocked = <p className="alert alert-error">{at('move.over')}</p>;
  else if (change.kind === 'offline') blocked = <p className="alert alert-error">{at('move.offline')}</p>;
  else if (change.kind === 'closed')
    blocked = <p className="alert alert-error">{at('move.closed', { at: dateTime(change.until) })}</p>;
  else if (!canMove(booking)) blocked = <p className="alert alert-error">{at('move.cannotMove')}</p>;

  return (
    <>
      <CurrentBooking booking={booking} until={change.kind === 'open' ? change.until : null} />
      {blocked ?? <MovePicker booking={booking} onMoved={onMoved} />}
    </>
  );
}
