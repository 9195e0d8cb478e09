import type { EntityManager } from '@bn/db';
import {
  AppError,
  cancellationAllowedAt,
  cancellationDeadline,
  type CancelVerdict,
  type Restrictions,
} from '@bn/domain';
import { loadRestrictions } from './load-restrictions.js';

/** Until when an agent may still cancel or move a booking online, and whether it may at `now`. */
export interface ChangeWindow {
  /**
   * The last instant a change is accepted: the cancellation deadline (start − cancellationDeadlineHours), or the
   * start itself when the book × type has no deadline; null when cancelling online is switched off altogether.
   */
  changeableUntil: Date | null;
  /** The domain's verdict at `now`, with the reason (and its values) the agent is refused with. */
  verdict: CancelVerdict;
}

/**
 * T3 after booking. An agent cancels and moves under the same rule: the domain's `cancellationAllowedAt` with the
 * book × type's effective restrictions. Cancel, move and «Mine bookinger» all go through here, so the list never
 * offers a change the server would refuse, nor hides one it would accept.
 */
export function changeWindow({
  restrictions,
  startAt,
  now,
}: {
  restrictions: Pick<Restrictions, 'cancellationAllowed' | 'cancellationDeadlineHours'>;
  startAt: Date;
  now: Date;
}): ChangeWindow {
  const verdict = cancellationAllowedAt({ restrictions, appointmentStart: startAt, now });
  const changeableUntil = restrictions.cancellationAllowed
    ? (cancellationDeadline(restrictions, startAt) ?? startAt)
    : null;
  return { changeableUntil, verdict };
}

/**
 * Refuses an agent's cancel or move after the deadline, with the domain's reason (CANCELLATION_DEADLINE_PASSED); a
 * move is told in the move's own words (move_off, move_deadline_passed), never «Fristen for å avbestille…».
 */
export async function assertAgentMayChange(
  tx: EntityManager,
  booking: { clinicId: string; bookId: string; typeId: string | null; startAt: Date },
  now: Date,
  action: 'cancel' | 'move' = 'cancel',
): Promise<void> {
  const { verdict } = changeWindow({
    restrictions: await loadRestrictions(tx, booking),
    startAt: booking.startAt,
    now,
  });
  if (verdict.ok) return;
  const v = verdict.values;
  if (action === 'move' && v.reason === 'cancellation_off') {
    throw new AppError('CANCELLATION_DEADLINE_PASSED', { reason: 'move_off' });
  }
  if (action === 'move' && v.reason === 'cancellation_deadline_passed') {
    throw new AppError('CANCELLATION_DEADLINE_PASSED', { ...v, reason: 'move_deadline_passed' });
  }
  throw new AppError('CANCELLATION_DEADLINE_PASSED', v);
}
