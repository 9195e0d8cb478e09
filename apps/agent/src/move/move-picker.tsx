// Picking the new time: the practitioner's free times of the booking's own type and tariff, a week at a time, as the
// week view shows them (the same week in the address, ?uke=, the same arrow keys), each time a button. A pick asks for
// confirmation; each pick is one attempt with its own idempotency key, kept for retries of that attempt.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { addDays, osloDate } from '@bn/domain';
import { ErrorState, LoadingState, useTRPC } from '@bn/ui';
import type { AgentBooking } from '../api-types.js';
import { newAttemptId } from '../booking/attempt.js';
import { displayDate, mondayOf, weekNumber } from '../dates.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { useToday } from '../use-today.js';
import { MoveConfirm } from './move-confirm.js';
import { MoveWeekGrid } from './move-week-grid.js';
import { moveTargets, stepTime, weekToShow, type MoveTarget } from './move-times.js';
import './move.css';

interface Attempt {
  target: MoveTarget;
  /** booking.move's idempotency key for this pick: a double click or a retry moves once. */
  key: string;
}

export function MovePicker({
  booking,
  onMoved,
}: {
  booking: AgentBooking;
  onMoved: (result: { startAt: Date }) => void;
}) {
  const at = useAgentT();
  const trpc = useTRPC();
  const today = useToday();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const monday = weekToShow(params.get('uke'), osloDate(new Date(booking.startAt)), today);
  const sunday = addDays(monday, 6);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const weekRef = useRef<HTMLDivElement>(null);

  const slots = useQuery(
    trpc.search.practitionerSlots.queryOptions(
      {
        practitionerId: booking.practitionerId!,
        from: monday,
        to: sunday,
        tariffCode: booking.tariffCode ?? undefined,
      },
      { staleTime: 15_000 },
    ),
  );
  const targets = slots.data ? moveTargets(slots.data, booking) : [];

  const goTo = (week: string) => {
    const next = new URLSearchParams(params);
    next.set('uke', week);
    // The entry's state is the way back to «Mine bookinger»: a new week keeps it.
    const back: unknown = location.state;
    setParams(next, { state: back, preventScrollReset: true });
    setAttempt(null);
  };

  const timeButtons = () => [...(weekRef.current?.querySelectorAll<HTMLButtonElement>('button[data-time]') ?? [])];
  const focusTime = (startMs: number) =>
    timeButtons()
      .find((b) => b.dataset.time === String(startMs))
      ?.focus();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const onTime = event.target instanceof HTMLElement && event.target.dataset.time !== undefined;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      goTo(addDays(monday, event.key === 'ArrowLeft' ? -7 : 7));
      // The focused time goes with the old week: keep the keyboard in the week, so the arrows go on working.
      if (onTime) weekRef.current?.focus();
    } else if (onTime) {
      const buttons = timeButtons();
      const next = stepTime(buttons.indexOf(event.target as HTMLButtonElement), buttons.length, event.key);
      if (next === null) return;
      buttons[next]!.focus();
    } else {
      return;
    }
    event.preventDefault();
  };

  const caption = at('week.caption', { week: weekNumber(monday), from: displayDate(monday), to: displayDate(sunday) });
  return (
    <section className="move-pick" aria-labelledby="move-pick-heading">
      <h2 id="move-pick-heading">{at('move.pick.heading')}</h2>
      <p className="muted">
        {at('move.pick.intro', {
          name: booking.practitionerName ?? at('bookings.unknown'),
          tariff: booking.tariffName ?? booking.tariffCode ?? '–',
          type: booking.typeName ?? '–',
        })}
      </p>
      <div
        ref={weekRef}
        className="week move-week"
        role="group"
        aria-label={caption}
        aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Home End"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="week-nav">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => goTo(addDays(monday, -7))}
            disabled={monday <= mondayOf(today)}
          >
            ← {at('week.previous')}
          </button>
          <p className="week-caption" aria-live="polite">
            {caption}
          </p>
          <button type="button" className="button button-secondary" onClick={() => goTo(addDays(monday, 7))}>
            {at('week.next')} →
          </button>
          {mondayOf(osloDate(new Date(booking.startAt))) !== monday && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => goTo(osloDate(new Date(booking.startAt)))}
            >
              {at('move.currentWeek')}
            </button>
          )}
        </div>
        <p className="muted week-keys">{at('move.keys')}</p>
        {slots.data ? (
          <MoveWeekGrid
            monday={monday}
            targets={targets}
            current={booking}
            picked={attempt?.target.startMs ?? null}
            onPick={(target) => setAttempt({ target, key: newAttemptId() })}
          />
        ) : slots.isError ? (
          <ErrorState error={slots.error} onRetry={() => void slots.refetch()} retrying={slots.isFetching} />
        ) : (
          <LoadingState label={at('move.loadingTimes')} />
        )}
      </div>
      {attempt && (
        <MoveConfirm
          key={attempt.key}
          booking={booking}
          target={attempt.target}
          attemptKey={attempt.key}
          onPickAnother={() => {
            const was = attempt.target.startMs;
            setAttempt(null);
            // Back where the agent picked, or to the week when that time is gone.
            requestAnimationFrame(() =>
              timeButtons().some((b) => b.dataset.time === String(was)) ? focusTime(was) : weekRef.current?.focus(),
            );
          }}
          onMoved={onMoved}
        />
      )}
    </section>
  );
}
