import { bookerAppointmentState, extendBookerHold, type EntityManager } from '@bn/db';
import { AppError, HOLD_MINUTES, bookerId, type Booker } from '@bn/domain';

export interface ExtendHoldOptions {
  em: EntityManager;
  booker: Booker;
  holdId: string;
  now: Date;
}

/**
 * The booker's hold runs HOLD_MINUTES longer, once (the patient on the phone needs a moment more). A second extension
 * is HOLD_ALREADY_EXTENDED, an expired hold HOLD_EXPIRED, one already booked HOLD_ALREADY_CONFIRMED; another booker's,
 * released or swept hold HOLD_NOT_FOUND.
 */
export async function extendHold({ em, booker, holdId, now }: ExtendHoldOptions): Promise<{ expiresAt: Date }> {
  const who = { bookerId: bookerId(booker), insurerId: booker.insurerId };
  const extended = await extendBookerHold(em, { holdId, ...who, now, minutes: HOLD_MINUTES });
  if (extended) return { expiresAt: extended.hold_expires_at };
  const row = await bookerAppointmentState(em, { appointmentId: holdId, ...who });
  // A booking keeps its hold's id: the hold was confirmed (and may since have been cancelled).
  if (row?.kind === 'booking') throw new AppError('HOLD_ALREADY_CONFIRMED');
  if (!row || row.kind !== 'hold' || row.status !== 'active') throw new AppError('HOLD_NOT_FOUND');
  if (row.hold_extended_at) throw new AppError('HOLD_ALREADY_EXTENDED');
  throw new AppError('HOLD_EXPIRED');
}
