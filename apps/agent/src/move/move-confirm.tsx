// «Flytt timen fra … til …?»: the agent confirms the pick, booking.move is called with the attempt's idempotency key,
// and a refusal says in the agent's words what happened — the booking stayed where it was — with the ways forward.
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readApiError, useLocale, useTRPC } from '@bn/ui';
import { wordError } from '@bn/domain';
import type { AgentBooking } from '../api-types.js';
import { weekdayDateTime } from '../bookings/when-text.js';
import { useAgentT } from '../i18n/agent-messages.js';
import { PATHS } from '../paths.js';
import { moveRefusalFor, refusalStalesTimes } from './move-errors.js';
import { readMoveState } from './move-state.js';
import type { MoveTarget } from './move-times.js';

export interface MoveConfirmProps {
  booking: AgentBooking;
  target: MoveTarget;
  attemptKey: string;
  onPickAnother: () => void;
  onMoved: (result: { startAt: Date }) => void;
}

export function MoveConfirm({ booking, target, attemptKey, onPickAnother, onMoved }: MoveConfirmProps) {
  const at = useAgentT();
  const { locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const back = readMoveState(useLocation().state).from ?? PATHS.bookings;
  const move = useMutation(trpc.booking.move.mutationOptions());
  const refusedRef = useRef<HTMLHeadingElement>(null);
  const questionId = `move-question-${attemptKey}`;

  const confirm = () =>
    move.mutate(
      { appointmentId: booking.id, startAt: new Date(target.startMs), idempotencyKey: attemptKey },
      {
        onSuccess: (result) => {
          // The old time is free again and the new one taken: the lists and the search must ask again.
          void queryClient.invalidateQueries({ queryKey: trpc.booking.mine.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.search.pathKey() });
          onMoved(result);
        },
        onError: (error) => {
          if (refusalStalesTimes(readApiError(error).appCode))
            void queryClient.invalidateQueries({ queryKey: trpc.search.practitionerSlots.pathKey() });
        },
      },
    );

  const refusal = move.error ? moveRefusalFor(readApiError(move.error)) : null;
  // The answer changed the panel under the agent: say so first.
  useEffect(() => {
    if (move.error) refusedRef.current?.focus();
  }, [move.error]);

  return (
    <section className="card move-question" aria-labelledby="move-question-heading" data-code={refusal?.code}>
      <h2 id="move-question-heading">{at('move.question.heading')}</h2>
      <p id={questionId} className="lead">
        {at('move.question', {
          from: weekdayDateTime(booking.startAt, locale),
          to: weekdayDateTime(target.startMs, locale),
        })}
      </p>
      <p className="muted">{at('move.question.note')}</p>
      {refusal ? (
        <div className="move-refused">
          <h3 ref={refusedRef} tabIndex={-1}>
            {at('move.refused.heading')}
          </h3>
          <div className="alert alert-error" role="alert">
            <p className="alert-title">{at(refusal.messageKey)}</p>
            {refusal.detail && <p className="refused-detail">{wordError(locale, refusal.code, refusal.detail)}</p>}
          </div>
          <div className="actions">
            {refusal.steps.map((step) => {
              switch (step) {
                case 'retry':
                  return (
                    <button key={step} type="button" className="button" onClick={confirm} disabled={move.isPending}>
                      {move.isPending ? at('move.step.retrying') : at('move.step.retry')}
                    </button>
                  );
                case 'pickAnother':
                  return (
                    <button key={step} type="button" className="button" onClick={onPickAnother}>
                      {at('move.step.pickAnother')}
                    </button>
                  );
                case 'mine':
                  return (
                    <Link key={step} className="button button-secondary" to={back}>
                      {at('move.step.mine')}
                    </Link>
                  );
              }
            })}
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={confirm}
            disabled={move.isPending}
            aria-describedby={questionId}
            autoFocus
          >
            {move.isPending ? at('move.pending') : at('move.yes')}
          </button>
          <button type="button" className="button button-secondary" onClick={onPickAnother} disabled={move.isPending}>
            {at('move.no')}
          </button>
        </div>
      )}
    </section>
  );
}
