// Before booking a time that can no longer be changed or cancelled online (issue 14): the words, with the deadline,
// from the hold's answer (the server's `changeableUntil` and `canChange`, the rule «Mine bookinger», cancel and move
// apply; `changeState` only closes a deadline that passes while the page is open).
import type { HoldResult } from '../api-types.js';
import { changeState, type ChangeState } from '../bookings/change-state.js';
import { dateTime } from '../bookings/when-text.js';
import { useAgentT } from '../i18n/agent-messages.js';

/** The time once booked: `closed` or `offline` need the agent's acknowledgement before confirming. */
export function heldChangeState(hold: HoldResult, nowMs: number): ChangeState {
  // An answer stored before holds said so (a replayed key) has no verdict: nothing is claimed then.
  if (!('canChange' in hold)) return { kind: 'over' };
  return changeState({ status: 'active', ...hold }, nowMs);
}

export function needsAcknowledgement(state: ChangeState): boolean {
  return state.kind === 'closed' || state.kind === 'offline';
}

export function UnchangeableNotice({ state, id }: { state: ChangeState; id?: string }) {
  const at = useAgentT();
  if (state.kind !== 'closed' && state.kind !== 'offline') return null;
  return (
    <div className="notice notice-info unchangeable-notice" id={id}>
      <p className="alert-title">{at('booking.unchangeable.heading')}</p>
      <p>
        {state.kind === 'closed'
          ? at('booking.unchangeable.closed', { at: dateTime(state.until) })
          : at('booking.unchangeable.offline')}
      </p>
    </div>
  );
}
