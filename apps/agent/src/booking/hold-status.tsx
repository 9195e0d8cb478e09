// The hold's countdown (mm:ss) while the agent fills in the form, and what to do when it has run out. The timer is
// not read aloud every second; a screen reader hears it at one minute and at half a minute left, and at the end.
import { Link } from 'react-router';
import { HOLD_MINUTES } from '@bn/domain';
import { ActionButton } from '@bn/ui';
import { useAgentT } from '../i18n/agent-messages.js';
import { announcementFor, formatCountdown } from './countdown.js';
import type { HoldState } from './use-hold.js';

export interface HoldStatusProps {
  state: HoldState;
  now: number;
  onHoldAgain: () => void;
  /** The old hold is being given back before the new one. */
  renewing: boolean;
  searchPath: string;
  /** One extension of the hold (HOLD_MINUTES more), offered until it is used. */
  onExtend: () => void;
  extending: boolean;
  extendError: unknown;
}

export function HoldStatus({
  state,
  now,
  onHoldAgain,
  renewing,
  searchPath,
  onExtend,
  extending,
  extendError,
}: HoldStatusProps) {
  const at = useAgentT();
  if (state.status === 'pending') {
    return (
      <div className="hold-status card" role="status">
        <span className="spinner" aria-hidden="true" /> {at('booking.hold.pending')}
      </div>
    );
  }
  if (state.status === 'failed') return null;
  // The clock ticks once a second, so it may be up to a second old when the hold arrives: never show more than the
  // hold can last.
  const remaining = Math.min(state.deadline - now, (state.extended ? 2 : 1) * HOLD_MINUTES * 60_000);
  if (remaining <= 0) {
    return (
      <div className="hold-status hold-expired card" role="alert">
        <p className="alert-title">{at('booking.hold.expired.title')}</p>
        <p>{at('booking.hold.expired.body')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onHoldAgain} disabled={renewing}>
            {renewing ? at('booking.hold.pending') : at('booking.hold.again')}
          </button>
          <Link className="button button-secondary" to={searchPath}>
            {at('booking.step.search')}
          </Link>
        </div>
      </div>
    );
  }
  const due = announcementFor(remaining);
  return (
    <div className={`hold-status card${remaining <= 60_000 ? ' hold-ending' : ''}`}>
      <p className="hold-line">
        <span id="hold-left">{at('booking.hold.left')}</span>{' '}
        <span className="hold-timer" role="timer" aria-labelledby="hold-left hold-clock" id="hold-clock">
          {formatCountdown(remaining)}
        </span>
      </p>
      <p className="muted hold-note">{at(state.extended ? 'booking.hold.extended' : 'booking.hold.note')}</p>
      {!state.extended && (
        <div className="actions">
          <ActionButton onClick={onExtend} pending={extending} error={extendError} secondary small>
            {at('booking.hold.extend')}
          </ActionButton>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {due === 60 ? at('booking.hold.announce.60') : due === 30 ? at('booking.hold.announce.30') : ''}
      </p>
    </div>
  );
}
