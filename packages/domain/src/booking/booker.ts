import type { SessionUser } from '../auth.js';

/**
 * Who books through the network: an insurer's agent (the agent SPA), or an insurer's app acting for a patient (the
 * public API, authenticated by one of the insurer's API keys). Both take the same path — the same use cases, one
 * idempotency store, the appointment's `source` and `created_by` as the trail.
 */
export type Booker = AgentBooker | InsurerAppBooker;

export interface AgentBooker {
  kind: 'agent';
  userId: string;
  insurerId: string;
}

export interface InsurerAppBooker {
  kind: 'insurer_app';
  /** The API key the app called with (its row id, never the secret). */
  keyId: string;
  insurerId: string;
}

/** Who changes a booking after the fact: a booker, or the clinic's admin. */
export type BookingActor = Booker | ClinicActor;

export interface ClinicActor {
  kind: 'clinic';
  userId: string;
  clinicIds: readonly string[];
}

export function agentBooker(userId: string, insurerId: string): AgentBooker {
  return { kind: 'agent', userId, insurerId };
}

export function insurerAppBooker(keyId: string, insurerId: string): InsurerAppBooker {
  return { kind: 'insurer_app', keyId, insurerId };
}

/** The appointment's `source` for a booker's bookings. */
export function bookerSource(booker: Booker): 'agent' | 'insurer_app' {
  return booker.kind;
}

/**
 * The booker as the appointment's `created_by` records it, and the idempotency scope's prefix: the agent's user id,
 * or `insurer-app:<key id>` (never a user id, so the two cannot collide).
 */
export function bookerId(booker: Booker): string {
  return booker.kind === 'agent' ? booker.userId : `insurer-app:${booker.keyId}`;
}

/** The scope of an idempotency key: per booker (or clinic user) and operation, `<booker id>/booking.confirm`. */
export function idempotencyScope(actor: BookingActor, operation: string): string {
  return `${actor.kind === 'clinic' ? actor.userId : bookerId(actor)}/${operation}`;
}

/** What the statements in @bn/db record and match a booker's holds by. */
export interface BookerRef {
  id: string;
  insurerId: string;
  source: 'agent' | 'insurer_app';
}

export function bookerRef(booker: Booker): BookerRef {
  return { id: bookerId(booker), insurerId: booker.insurerId, source: bookerSource(booker) };
}

/** The actor of a signed-in user who may change bookings: an agent of its insurer, or a clinic admin. */
export function actorOfUser(user: SessionUser): BookingActor | null {
  if (user.role === 'insurer_agent') return user.insurerId ? agentBooker(user.id, user.insurerId) : null;
  if (user.role === 'clinic_admin') return { kind: 'clinic', userId: user.id, clinicIds: user.clinicIds };
  return null;
}

/**
 * Whether the actor may change (cancel, move) a booking: an agent only the bookings it made for its insurer; an
 * insurer app the bookings its insurer's apps made (any of the insurer's keys: a rotated key keeps its bookings);
 * a clinic admin those of its clinics.
 */
export function mayChangeBooking(
  actor: BookingActor,
  row: { clinic_id: string; insurer_id: string | null; created_by: string | null; source: string | null },
): boolean {
  switch (actor.kind) {
    case 'agent':
      return row.insurer_id === actor.insurerId && row.created_by === actor.userId;
    case 'insurer_app':
      return row.insurer_id === actor.insurerId && row.source === 'insurer_app';
    case 'clinic':
      return actor.clinicIds.includes(row.clinic_id);
  }
}
