// What the move page keeps in its history entry: where «Tilbake» goes (the «Mine bookinger» range it came from) and,
// once moved, from which time — so a reload or going back and forward shows the receipt again instead of the picker.
export interface MovedFrom {
  /** ISO instants. */
  fromStartAt: string;
  toStartAt: string;
}

export interface MoveState {
  from?: string;
  moved?: MovedFrom;
}

const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** History state comes from anywhere (an old entry, another page): keep only what has the right shape. */
export function readMoveState(raw: unknown): MoveState {
  if (typeof raw !== 'object' || raw === null) return {};
  const { from, moved } = raw as { from?: unknown; moved?: unknown };
  const state: MoveState = {};
  // Only a path inside the app: never an address elsewhere.
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) state.from = from;
  if (typeof moved === 'object' && moved !== null) {
    const { fromStartAt, toStartAt } = moved as { fromStartAt?: unknown; toStartAt?: unknown };
    if (isInstant(fromStartAt) && isInstant(toStartAt)) state.moved = { fromStartAt, toStartAt };
  }
  return state;
}

/** The receipt belongs to the booking only while it is still at the time it was moved to. */
export function receiptFor(state: MoveState, booking: { startAt: Date | string; status: string }): MovedFrom | null {
  const moved = state.moved;
  if (!moved || booking.status !== 'active') return null;
  return Date.parse(moved.toStartAt) === new Date(booking.startAt).getTime() ? moved : null;
}
