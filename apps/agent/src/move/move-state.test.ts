import { describe, expect, it } from 'vitest';
import { readMoveState, receiptFor } from './move-state.js';

const moved = { fromStartAt: '2026-03-10T08:00:00.000Z', toStartAt: '2026-03-11T09:30:00.000Z' };

describe('the move page’s history entry', () => {
  it('keeps the way back and the move, and drops anything else', () => {
    expect(readMoveState({ from: '/mine-bookinger?fra=2026-03-01', moved })).toEqual({
      from: '/mine-bookinger?fra=2026-03-01',
      moved,
    });
    expect(
      readMoveState({ from: 'https://example.com/', moved: { fromStartAt: 'tull', toStartAt: moved.toStartAt } }),
    ).toEqual({});
    expect(readMoveState({ from: '//example.com/' })).toEqual({});
    expect(readMoveState(null)).toEqual({});
    expect(readMoveState('x')).toEqual({});
  });

  it('shows the receipt only while the booking is where it was moved to', () => {
    expect(receiptFor({ moved }, { startAt: new Date(moved.toStartAt), status: 'active' })).toEqual(moved);
    expect(receiptFor({ moved }, { startAt: new Date('2026-03-12T09:30:00Z'), status: 'active' })).toBeNull();
    expect(receiptFor({ moved }, { startAt: new Date(moved.toStartAt), status: 'cancelled' })).toBeNull();
    expect(receiptFor({}, { startAt: new Date(moved.toStartAt), status: 'active' })).toBeNull();
  });
});
