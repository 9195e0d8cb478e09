// «Finn booking»: any booking of the agent's insurer (a colleague's too) by the reference the patient reads out, the
// national id or the SakID (booking.find). A mutation, so a national id travels in the body, never in the address.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState, TextField, useTRPC } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { BookingsTable } from './bookings-table.js';

const MIN_QUERY = 3;
const MAX_QUERY = 40;

export function FindBooking() {
  const at = useAgentT();
  const trpc = useTRPC();
  const find = useMutation(trpc.booking.find.mutationOptions());
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY || trimmed.length > MAX_QUERY) {
      setError(at('bookings.find.invalid', { min: MIN_QUERY, max: MAX_QUERY }));
      return;
    }
    setError(undefined);
    find.mutate({ query: trimmed });
  };

  return (
    <section className="find-booking" aria-labelledby="find-booking-heading">
      <h2 id="find-booking-heading">{at('bookings.find.heading')}</h2>
      <form className="card" role="search" aria-labelledby="find-booking-heading" onSubmit={submit} noValidate>
        <TextField
          id="find-booking-query"
          label={at('bookings.find.label')}
          hint={at('bookings.find.hint')}
          value={query}
          onChange={setQuery}
          autoComplete="off"
          error={error}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={find.isPending}>
            {at('bookings.find.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {find.isPending ? (
          <LoadingState label={at('bookings.find.loading')} />
        ) : find.isError ? (
          <ErrorState error={find.error} onRetry={() => find.mutate(find.variables)} />
        ) : find.data?.length === 0 ? (
          <EmptyState>{at('bookings.find.empty', { query: find.variables?.query ?? '' })}</EmptyState>
        ) : find.data ? (
          <BookingsTable
            caption={at('bookings.find.caption', { query: find.variables?.query ?? '' })}
            bookings={find.data}
          />
        ) : null}
      </div>
    </section>
  );
}
