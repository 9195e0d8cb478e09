import { describe, expect, it } from 'vitest';
import { canMove, changeState } from './change-state.js';

const start = new Date('2026-03-12T09:00:00Z');
const deadline = new Date('2026-03-11T09:00:00Z');
const booking = { status: 'active', startAt: start, changeableUntil: deadline, canChange: true };
const at = (iso: string) => Date.parse(iso);

describe('what «Mine bookinger» offers for a booking', () => {
  it('offers changes up to and including the deadline, then says until when it could be changed', () => {
    expect(changeState(booking, at('2026-03-10T12:00:00Z'))).toEqual({ kind: 'open', until: deadline });
    expect(changeState(booking, deadline.getTime())).toEqual({ kind: 'open', until: deadline });
    expect(changeState(booking, deadline.getTime() + 1)).toEqual({ kind: 'closed', until: deadline });
  });

  it('trusts the server when it says closed, even if the page’s clock is behind', () => {
    expect(changeState({ ...booking, canChange: false }, at('2026-03-10T12:00:00Z'))).toEqual({
      kind: 'closed',
      until: deadline,
    });
  });

  it('says nothing for a booking that is over, and "not online" without a deadline to show', () => {
    expect(changeState({ ...booking, status: 'cancelled', canChange: false }, at('2026-03-10T12:00:00Z'))).toEqual({
      kind: 'over',
    });
    expect(changeState(booking, start.getTime())).toEqual({ kind: 'over' });
    expect(changeState({ ...booking, changeableUntil: null, canChange: false }, at('2026-03-10T12:00:00Z'))).toEqual({
      kind: 'offline',
    });
  });

  it('moves only a booking with a practitioner, a type and a tariff', () => {
    expect(canMove({ practitionerId: 'p', typeId: 't', tariffCode: 'B1010' })).toBe(true);
    expect(canMove({ practitionerId: 'p', typeId: null, tariffCode: 'B1010' })).toBe(false);
    expect(canMove({ practitionerId: null, typeId: 't', tariffCode: 'B1010' })).toBe(false);
    expect(canMove({ practitionerId: 'p', typeId: 't', tariffCode: null })).toBe(false);
  });
});
