// «Bestill time»: the page a time in the search or the week view opens. The address names the time; the history
// entry carries its facts, the attempt id (both idempotency keys) and, once booked, the receipt — so a reload
// continues the same hold, and back/forward never hold or book twice.
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { osloDate } from '@bn/domain';
import { EmptyState, ErrorState, LoadingState, usePageTitle, useTRPC } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { PATHS } from '../paths.js';
import { attemptEnded, newAttemptId } from './attempt.js';
import { BookingFlow } from './booking-flow.js';
import { BookingReceipt } from './booking-receipt.js';
import { readBookingState, type BookedReceipt, type BookingState } from './booking-state.js';
import type { PractitionerSlots } from '../api-types.js';
import {
  findInPractitionerSlots,
  matchesRequest,
  readSlotRequest,
  type SlotChoice,
  type SlotRequest,
} from './slot-choice.js';

export function BookingPage() {
  const location = useLocation();
  const [params] = useSearchParams();
  const state = readBookingState(location.state);
  const request = useMemo(() => readSlotRequest(params), [params]);
  const searchPath = state.from ?? PATHS.search;
  const slot = state.slot && request && matchesRequest(state.slot, request) ? state.slot : undefined;

  if (slot && state.booked) return <BookingReceipt slot={slot} receipt={state.booked} searchPath={searchPath} />;
  return (
    <BookingFrame searchPath={searchPath}>
      {!request ? (
        <BadLink text="booking.slot.badLink" searchPath={searchPath} />
      ) : slot ? (
        <Attempt slot={slot} state={state} searchPath={searchPath} />
      ) : (
        <SlotLookup request={request} state={state} searchPath={searchPath} />
      )}
    </BookingFrame>
  );
}

function BookingFrame({ searchPath, children }: { searchPath: string; children: ReactNode }) {
  const at = useAgentT();
  usePageTitle(at('booking.heading'));
  return (
    <section className="page booking-page" aria-labelledby="booking-heading">
      <Link className="back-link" to={searchPath}>
        {at('booking.back')}
      </Link>
      <h1 id="booking-heading">{at('booking.heading')}</h1>
      {children}
    </section>
  );
}

function BadLink({ text, searchPath }: { text: 'booking.slot.badLink' | 'booking.slot.gone'; searchPath: string }) {
  const at = useAgentT();
  return (
    <EmptyState>
      <p>{at(text)}</p>
      <Link className="button button-secondary" to={searchPath}>
        {at('booking.step.search')}
      </Link>
    </EmptyState>
  );
}

/** A fresh tab (no history entry): find the time's facts among the practitioner's free times that day. */
function SlotLookup({ request, state, searchPath }: { request: SlotRequest; state: BookingState; searchPath: string }) {
  const at = useAgentT();
  const trpc = useTRPC();
  const day = osloDate(new Date(request.startAt));
  const slots = useQuery(
    trpc.search.practitionerSlots.queryOptions(
      { practitionerId: request.practitionerId, from: day, to: day, tariffCode: request.tariffCode },
      { staleTime: 0 },
    ),
  );
  if (!slots.data) {
    if (slots.isError)
      return <ErrorState error={slots.error} onRetry={() => void slots.refetch()} retrying={slots.isFetching} />;
    return <LoadingState label={at('booking.slot.loading')} />;
  }
  return <LookedUp data={slots.data} request={request} state={state} searchPath={searchPath} />;
}

function LookedUp({
  data,
  request,
  state,
  searchPath,
}: {
  data: PractitionerSlots;
  request: SlotRequest;
  state: BookingState;
  searchPath: string;
}) {
  const found = useMemo(() => findInPractitionerSlots(data, request), [data, request]);
  if (!found) return <BadLink text="booking.slot.gone" searchPath={searchPath} />;
  return <Attempt slot={found} state={state} searchPath={searchPath} />;
}

/** Makes sure the history entry holds a live attempt for this time, then runs it. */
function Attempt({ slot, state, searchPath }: { slot: SlotChoice; state: BookingState; searchPath: string }) {
  const at = useAgentT();
  const navigate = useNavigate();
  // The raw history state keeps its identity for the life of the entry, unlike the parsed copy.
  const location = useLocation();
  const { pathname, search } = location;
  const raw: unknown = location.state;
  const current = state.attemptId && !attemptEnded(state.attemptId) ? state.attemptId : null;

  const replaceState = useCallback(
    (changes: Partial<BookingState>) =>
      void navigate(
        { pathname, search },
        { replace: true, state: { ...readBookingState(raw), slot, ...changes } satisfies BookingState },
      ),
    [navigate, pathname, search, raw, slot],
  );
  // A new attempt: new idempotency keys, so a new hold. The previous hold, if any, is released by the flow.
  const startAttempt = useCallback(
    () => replaceState({ attemptId: newAttemptId(), booked: undefined }),
    [replaceState],
  );

  useEffect(() => {
    if (!current) startAttempt();
  }, [current, startAttempt]);

  if (!current) return <LoadingState label={at('booking.hold.pending')} />;
  return (
    <BookingFlow
      slot={slot}
      attemptId={current}
      searchPath={searchPath}
      onHoldAgain={startAttempt}
      onBooked={(booked: BookedReceipt) => replaceState({ attemptId: current, booked })}
    />
  );
}
