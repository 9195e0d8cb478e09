// «Mine bookinger»: the appointments this agent booked for its insurer (booking.mine), by date, with cancelling
// for the ones still ahead. The server decides whether the cancellation deadline has passed and says why.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { DateField, EmptyState, ErrorState, LoadingState, usePageTitle, useTRPC } from '@bn/ui';
import { displayDate } from '../dates.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { useToday } from '../use-today.js';
import { BookingsTable } from './bookings-table.js';
import { FindBooking } from './find-booking.js';
import { MAX_RANGE_DAYS, rangeIsValid, rangeToParams, readRange, type BookingsRange } from './bookings-range.js';

export function MyBookingsPage() {
  const at = useAgentT();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const range = readRange(params, today);
  usePageTitle(at('bookings.heading'));

  return (
    <section className="page">
      <h1>{at('bookings.heading')}</h1>
      <FindBooking />
      <h2>{at('bookings.mine.heading')}</h2>
      <p className="muted">{at('bookings.intro')}</p>
      {/* Keyed by the address: back and forward show that range's values in the form. */}
      <RangeForm key={params.toString()} initial={range} onShow={(next) => setParams(rangeToParams(next, today))} />
      {rangeIsValid(range) ? (
        <BookingsList range={range} />
      ) : (
        <p className="alert alert-error" role="alert">
          {at('bookings.range.error', { maxDays: MAX_RANGE_DAYS })}
        </p>
      )}
    </section>
  );
}

function RangeForm({ initial, onShow }: { initial: BookingsRange; onShow: (range: BookingsRange) => void }) {
  const at = useAgentT();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rangeIsValid(draft)) {
      setError(at('bookings.range.error', { maxDays: MAX_RANGE_DAYS }));
      return;
    }
    setError(undefined);
    onShow(draft);
  };
  return (
    <form className="bookings-range card" aria-label={at('bookings.range')} onSubmit={submit} noValidate>
      <DateField
        id="bookings-from"
        label={at('bookings.from')}
        value={draft.from}
        onChange={(from) => setDraft((d) => ({ ...d, from }))}
      />
      <DateField
        id="bookings-to"
        label={at('bookings.to')}
        min={draft.from}
        value={draft.to}
        onChange={(to) => setDraft((d) => ({ ...d, to }))}
        error={error}
      />
      <div className="actions">
        <button type="submit" className="button">
          {at('bookings.show')}
        </button>
      </div>
    </form>
  );
}

function BookingsList({ range }: { range: BookingsRange }) {
  const at = useAgentT();
  const trpc = useTRPC();
  const bookings = useQuery(trpc.booking.mine.queryOptions(range, { staleTime: 15_000 }));
  const caption = at('bookings.caption', { from: displayDate(range.from), to: displayDate(range.to) });
  if (!bookings.data) {
    if (bookings.isError)
      return (
        <ErrorState error={bookings.error} onRetry={() => void bookings.refetch()} retrying={bookings.isFetching} />
      );
    return <LoadingState label={at('bookings.loading')} />;
  }
  if (bookings.data.length === 0) return <EmptyState>{at('bookings.empty')}</EmptyState>;
  return (
    <section aria-busy={bookings.isFetching}>
      <BookingsTable caption={caption} bookings={bookings.data} />
    </section>
  );
}
