// Whether «Mine bookinger» offers «Avbestill» and «Flytt» for a booking, and what it says instead. The server decides
// (booking.mine's canChange and changeableUntil, the rule cancel and move enforce, T3); the page's clock only closes a
// booking whose deadline passes while the page is open — it never opens one the server said was closed.
import type { AgentBooking } from '../api-types.js';

export type ChangeState =
  /** Cancel and move are offered until `until` (inclusive). */
  | { kind: 'open'; until: Date }
  /** The deadline has passed: «Kan ikke endres etter …». */
  | { kind: 'closed'; until: Date }
  /** The book × type allows no cancelling online at all. */
  | { kind: 'offline' }
  /** Cancelled, no-show or already begun: nothing to say. */
  | { kind: 'over' };

type Changeable = Pick<AgentBooking, 'status' | 'startAt' | 'changeableUntil' | 'canChange'>;

export function changeState(booking: Changeable, nowMs: number): ChangeState {
  if (booking.status !== 'active' || new Date(booking.startAt).getTime() <= nowMs) return { kind: 'over' };
  if (!booking.changeableUntil) return { kind: 'offline' };
  const until = new Date(booking.changeableUntil);
  return booking.canChange && nowMs <= until.getTime() ? { kind: 'open', until } : { kind: 'closed', until };
}

/** A move stays within the booking's book × type × tariff, found among its practitioner's free times. */
export function canMove(booking: Pick<AgentBooking, 'practitionerId' | 'typeId' | 'tariffCode'>): boolean {
  return !!booking.practitionerId && !!booking.typeId && !!booking.tariffCode;
}
