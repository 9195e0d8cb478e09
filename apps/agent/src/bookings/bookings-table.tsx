// The agent's bookings as a table: when (Oslo time), who, the patient, tariff, case id, status (with who booked, for a
// lookup that finds colleagues' bookings too), and for an active
// booking still inside its change deadline (T3) «Avbestill» and «Flytt»; after the deadline, until when it could have
// been changed. Cancelling asks first, then says what the server answered; moving opens «Flytt timen».
import { useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatNorwegianPhone, osloDate } from '@bn/domain';
import { DataTable, readApiError, apiErrorText, useLocale, useTRPC, type Column } from '@bn/ui';
import type { AgentBooking } from '../api-types.js';
import { newAttemptId } from '../booking/attempt.js';
import { useAgentT, type AgentMessageKey } from '../i18n/agent-messages.js';
import { movePath } from '../paths.js';
import { useNow } from '../use-now.js';
import { canMove, changeState } from './change-state.js';
import { dateTime, weekdayDateTime } from './when-text.js';
import { ResendConfirmation } from './resend-confirmation.js';
import './bookings.css';

const STATUS: Record<string, AgentMessageKey> = {
  active: 'bookings.status.active',
  cancelled: 'bookings.status.cancelled',
  no_show: 'bookings.status.no_show',
};

export function BookingsTable({
  caption,
  bookings,
  showBookedBy = false,
}: {
  caption: string;
  bookings: readonly AgentBooking[];
  showBookedBy?: boolean;
}) {
  const at = useAgentT();
  const { locale } = useLocale();
  const now = useNow(30_000);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const onCancelled = (text: string) => {
    setDone(text);
    // The row's button is gone: keep the keyboard on the page, at the news.
    requestAnimationFrame(() => doneRef.current?.focus());
  };

  const columns: Column<AgentBooking>[] = [
    {
      key: 'when',
      header: at('bookings.col.when'),
      nowrap: true,
      cell: (b) => <time dateTime={new Date(b.startAt).toISOString()}>{weekdayDateTime(b.startAt, locale)}</time>,
    },
    {
      key: 'practitioner',
      header: at('bookings.col.practitioner'),
      cell: (b) => (
        <>
          {b.practitionerName ?? at('bookings.unknown')}
          <span className="booking-type muted">{b.clinicName}</span>
          {b.clinicPhone && (
            <span className="booking-type muted">
              {at('bookings.clinicPhone', { phone: formatNorwegianPhone(b.clinicPhone) })}
            </span>
          )}
          {b.department && (
            <span className="booking-type muted">{`${b.department.name}, ${b.department.street}, ${b.department.postcode} ${b.department.city}`}</span>
          )}
        </>
      ),
    },
    {
      key: 'reference',
      header: at('bookings.col.reference'),
      nowrap: true,
      cell: (b) => <code className="booking-reference">{b.reference}</code>,
    },
    { key: 'patient', header: at('bookings.col.patient'), cell: (b) => b.patientName ?? at('bookings.unknown') },
    { key: 'tariff', header: at('bookings.col.tariff'), nowrap: true, cell: (b) => b.tariffCode ?? '–' },
    { key: 'caseId', header: at('bookings.col.caseId'), nowrap: true, cell: (b) => b.caseId ?? '–' },
    {
      key: 'status',
      header: at('bookings.col.status'),
      cell: (b) => (STATUS[b.status] ? at(STATUS[b.status]!) : b.status),
    },
    ...(showBookedBy
      ? [
          {
            key: 'bookedBy',
            header: at('bookings.col.bookedBy'),
            cell: (b: AgentBooking) => b.bookedBy?.name ?? at('bookings.bookedBy.app'),
          },
        ]
      : []),
    {
      key: 'actions',
      header: at('bookings.col.actions'),
      cell: (b) => (
        <>
          <ChangeActions booking={b} now={now} onCancelled={onCancelled} />
          {b.status === 'active' && new Date(b.startAt).getTime() > now && <ResendConfirmation booking={b} />}
        </>
      ),
    },
  ];

  return (
    <>
      <p ref={doneRef} tabIndex={-1} role="status" className={done ? 'notice notice-ok' : 'visually-hidden'}>
        {done}
      </p>
      <DataTable caption={caption} captionHidden columns={columns} rows={bookings} rowKey={(b) => b.id} stackOnNarrow />
    </>
  );
}

/** «Avbestill» and «Flytt» while the booking can be changed; otherwise why not. */
function ChangeActions({
  booking,
  now,
  onCancelled,
}: {
  booking: AgentBooking;
  now: number;
  onCancelled: (text: string) => void;
}) {
  const at = useAgentT();
  const { pathname, search } = useLocation();
  const state = changeState(booking, now);
  const when = dateTime(booking.startAt);
  switch (state.kind) {
    case 'over':
      return null;
    case 'offline':
      return (
        <>
          <p className="change-note muted">{at('bookings.change.offline')}</p>
          <CallClinic phone={booking.clinicPhone} />
        </>
      );
    case 'closed':
      return (
        <>
          <p className="change-note muted">{at('bookings.change.closed', { at: dateTime(state.until) })}</p>
          <CallClinic phone={booking.clinicPhone} />
        </>
      );
    case 'open': {
      const move = canMove(booking) ? (
        <Link
          className="button button-secondary button-small"
          to={movePath({ id: booking.id, date: osloDate(new Date(booking.startAt)) })}
          state={{ from: pathname + search }}
          aria-label={at('bookings.move.named', { when, patient: booking.patientName ?? at('bookings.unknown') })}
        >
          {at('bookings.move')}
        </Link>
      ) : null;
      return (
        <div className="change-actions">
          <CancelBooking booking={booking} when={when} onCancelled={onCancelled} besides={move} />
          <p className="change-note muted">{at('bookings.change.until', { at: dateTime(state.until) })}</p>
        </div>
      );
    }
  }
}

function CancelBooking({
  booking,
  when,
  onCancelled,
  besides,
}: {
  booking: AgentBooking;
  when: string;
  onCancelled: (text: string) => void;
  besides?: ReactNode;
}) {
  const at = useAgentT();
  const t = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // One key per cancellation the agent confirms: a double click or a retry cancels once.
  const [asking, setAsking] = useState<string | null>(null);
  const cancel = useMutation(trpc.booking.cancel.mutationOptions());
  const practitioner = booking.practitionerName ?? at('bookings.unknown');
  const questionId = `cancel-question-${booking.id}`;

  if (!asking) {
    return (
      <div className="change-buttons">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setAsking(newAttemptId())}
          aria-label={at('bookings.cancel.named', { when, patient: booking.patientName ?? at('bookings.unknown') })}
        >
          {at('bookings.cancel')}
        </button>
        {besides}
      </div>
    );
  }
  const confirmCancel = () =>
    cancel.mutate(
      { appointmentId: booking.id, idempotencyKey: asking },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.booking.mine.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.search.pathKey() });
          onCancelled(at('bookings.cancel.done', { when, practitioner }));
        },
      },
    );
  const error = cancel.error ? readApiError(cancel.error) : null;
  return (
    <div className="cancel-question">
      <p id={questionId}>{at('bookings.cancel.question', { when, practitioner })}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          onClick={confirmCancel}
          disabled={cancel.isPending}
          aria-describedby={questionId}
          autoFocus
        >
          {cancel.isPending ? at('bookings.cancel.pending') : at('bookings.cancel.yes')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            cancel.reset();
            setAsking(null);
          }}
          disabled={cancel.isPending}
        >
          {at('bookings.cancel.no')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {at('bookings.cancel.refused')} {apiErrorText(error, locale, t('error.network'))}
        </p>
      )}
    </div>
  );
}

/** After the deadline the clinic is who changes a booking: its number, when the clinic has given one. */
function CallClinic({ phone }: { phone: string | null }) {
  const at = useAgentT();
  if (!phone) return null;
  return <p className="change-note call-clinic">{at('bookings.callClinic', { phone: formatNorwegianPhone(phone) })}</p>;
}
