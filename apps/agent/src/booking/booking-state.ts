// What the booking page keeps in its history entry: the picked time's facts, where the agent came from, the
// attempt (its idempotency keys) and, once booked, the receipt — so back, forward and reload all show the truth.
import type { SlotChoice } from './slot-choice.js';

export interface BookedReceipt {
  appointmentId: string;
  startAt: string;
  endAt: string;
  tariffCode: string;
  caseId: string | null;
  claimCreated: boolean;
  paidByPatient: boolean;
  patientName: string;
  /** Only the birth-date part: 010190*****. */
  maskedNationalId: string;
  patientRemark: string | null;
}

export interface BookingState {
  slot?: SlotChoice;
  /** The search or week view to return to (path and query inside the app). */
  from?: string;
  attemptId?: string;
  booked?: BookedReceipt;
}

export function readBookingState(value: unknown): BookingState {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: BookingState = {};
  if (typeof v.slot === 'object' && v.slot !== null && typeof (v.slot as SlotChoice).startAt === 'string')
    out.slot = v.slot as SlotChoice;
  // Only a path inside this app; never an address somewhere else.
  if (typeof v.from === 'string' && v.from.startsWith('/') && !v.from.startsWith('//')) out.from = v.from;
  if (typeof v.attemptId === 'string') out.attemptId = v.attemptId;
  if (
    typeof v.booked === 'object' &&
    v.booked !== null &&
    typeof (v.booked as BookedReceipt).appointmentId === 'string'
  )
    out.booked = v.booked as BookedReceipt;
  return out;
}
