// «Finn booking»: any booking of the agent's insurer (a colleague's too) by the reference the patient reads out, the
// national id, the SakID or the patient's name (booking.find), narrowed by status and by the agent who booked. A
// mutation, so a national id travels in the body, never in the address. A filter changed after a lookup looks again.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { BOOKING_FIND_STATUSES } from '@bn/domain';
import { EmptyState, ErrorState, LoadingState, SelectField, TextField, useTRPC } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { BookingsTable } from './bookings-table.js';

const MIN_QUERY = 3;
const MAX_QUERY = 40;

type Status = (typeof BOOKING_FIND_STATUSES)[number];
interface Filters {
  status: Status | '';
  agentId: string;
}

export function FindBooking() {
  const at = useAgentT();
  const trpc = useTRPC();
  const find = useMutation(trpc.booking.find.mutationOptions());
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ status: '', agentId: '' });
  const [error, setError] = useState<string | undefined>();
  const lookUp = (text: string, f: Filters) =>
    find.mutate({ query: text, status: f.status || null, agentId: f.agentId || null });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed.length < MIN_QUERY || trimmed.length > MAX_QUERY) {
      setError(at('bookings.find.invalid', { min: MIN_QUERY, max: MAX_QUERY }));
      return;
    }
    setError(undefined);
    lookUp(trimmed, filters);
  };
  const changeFilter = (next: Partial<Filters>) => {
    const f = { ...filters, ...next };
    setFilters(f);
    if (find.variables) lookUp(find.variables.query, f);
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
        <div className="find-booking-filters">
          <SelectField
            id="find-booking-status"
            label={at('bookings.col.status')}
            value={filters.status}
            placeholder={at('bookings.find.status.any')}
            options={BOOKING_FIND_STATUSES.map((s) => ({ value: s, label: at(`bookings.status.${s}`) }))}
            onChange={(status) => changeFilter({ status: status as Status | '' })}
          />
          <AgentFilter value={filters.agentId} onChange={(agentId) => changeFilter({ agentId })} />
        </div>
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
            showBookedBy
          />
        ) : null}
      </div>
    </section>
  );
}

/** «Bestilt av»: any agent, or one of the insurer's agents (agent.colleagues); while they load, any agent. */
function AgentFilter({ value, onChange }: { value: string; onChange: (agentId: string) => void }) {
  const at = useAgentT();
  const trpc = useTRPC();
  const colleagues = useQuery(trpc.agent.colleagues.queryOptions(undefined, { staleTime: 300_000 }));
  return (
    <SelectField
      id="find-booking-agent"
      label={at('bookings.find.agent')}
      value={value}
      placeholder={colleagues.isPending ? at('bookings.find.agent.loading') : at('bookings.find.agent.any')}
      options={(colleagues.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      onChange={onChange}
      disabled={!colleagues.data}
      error={colleagues.isError ? at('error.network') : undefined}
    />
  );
}
