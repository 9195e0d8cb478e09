// «Finn booking»: any booking of the agent's insurer (a colleague's too) by the reference the patient reads out, the
// national id, the SakID, the patient's or the practitioner's name, and/or the days the appointment is on
// (booking.find), narrowed by status and by the agent who booked. One text field for every kind of text: on the phone
// the agent types what the caller says, without first choosing what it is. A mutation, so a national id travels in
// the body, never in the address. A filter changed after a lookup looks again; the text and the dates go with «Finn».
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  BOOKING_FIND_LIMIT,
  BOOKING_FIND_STATUSES,
  checkInput,
  findInsurerBookingsInput,
  type FindInsurerBookingsInput,
} from '@bn/domain';
import {
  EmptyState,
  ErrorState,
  fieldIssueText,
  LoadingState,
  SelectField,
  TextField,
  useLocale,
  useTRPC,
} from '@bn/ui';
import { displayDate } from '../dates.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { BookingsTable } from './bookings-table.js';
import { FindBookingDates, type FindDates } from './find-booking-dates.js';

type Status = (typeof BOOKING_FIND_STATUSES)[number];
interface Filters {
  status: Status | '';
  agentId: string;
}
/** What «Finn» sends: the text and the days (null when not given). */
type Lookup = Pick<FindInsurerBookingsInput, 'query' | 'from' | 'to'>;

export function FindBooking() {
  const at = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const find = useMutation(trpc.booking.find.mutationOptions());
  const [query, setQuery] = useState('');
  const [dates, setDates] = useState<FindDates>({ from: '', to: '' });
  const [filters, setFilters] = useState<Filters>({ status: '', agentId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const lookUp = (l: Lookup, f: Filters) => find.mutate({ ...l, status: f.status || null, agentId: f.agentId || null });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lookup = { query: query.trim() || null, from: dates.from || null, to: dates.to || null };
    // The server's own schema, so the field says what the server would refuse, in the same words.
    const issues = checkInput(findInsurerBookingsInput, lookup) ?? [];
    const next: Record<string, string> = {};
    for (const i of issues) next[String(i.path[0])] ??= fieldIssueText(i, locale);
    setErrors(next);
    if (issues.length === 0) lookUp(lookup, filters);
  };
  const changeFilter = (next: Partial<Filters>) => {
    const f = { ...filters, ...next };
    setFilters(f);
    if (find.variables) lookUp(find.variables, f);
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
          error={errors.query}
        />
        <div className="find-booking-filters">
          <FindBookingDates value={dates} onChange={setDates} errors={errors} />
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
          <EmptyState>{at('bookings.find.empty', { what: lookupText(at, find.variables) })}</EmptyState>
        ) : find.data ? (
          <>
            <BookingsTable
              caption={at('bookings.find.caption', { what: lookupText(at, find.variables) })}
              bookings={find.data}
              showBookedBy
            />
            {find.data.length >= BOOKING_FIND_LIMIT ? (
              <p className="muted">{at('bookings.find.limited', { limit: BOOKING_FIND_LIMIT })}</p>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

/** What was looked for, as the caption and the empty result say it: «the text», the days, or both. */
function lookupText(at: ReturnType<typeof useAgentT>, l: Lookup | undefined): string {
  const first = l?.from ?? l?.to;
  const last = l?.to ?? l?.from;
  const days =
    first && last ? (first === last ? displayDate(first) : `${displayDate(first)}–${displayDate(last)}`) : '';
  if (l?.query && days) return at('bookings.find.what.both', { query: l.query, days });
  return days || at('bookings.find.what.text', { query: l?.query ?? '' });
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
