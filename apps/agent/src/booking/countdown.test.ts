import { describe, expect, it } from 'vitest';
import { announcementFor, extendedDeadline, formatCountdown, holdDeadline } from './countdown.js';

describe('the hold’s countdown', () => {
  it('shows mm:ss, counting whole seconds up and never below zero', () => {
    expect(formatCountdown(5 * 60_000)).toBe('05:00');
    expect(formatCountdown(299_200)).toBe('05:00');
    expect(formatCountdown(298_999)).toBe('04:59');
    expect(formatCountdown(61_000)).toBe('01:01');
    expect(formatCountdown(9_000)).toBe('00:09');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-4_000)).toBe('00:00');
  });

  it('an extension ends at the server’s new expiry, but never more than five minutes after the old deadline', () => {
    const old = Date.parse('2026-12-01T09:04:30Z');
    expect(extendedDeadline(old, '2026-12-01T09:09:00Z')).toBe(Date.parse('2026-12-01T09:09:00Z'));
    expect(extendedDeadline(old, new Date('2026-12-01T09:15:00Z'))).toBe(Date.parse('2026-12-01T09:09:30Z'));
  });

  it('ends at the server’s expiry, but never more than five minutes after asking', () => {
    const sent = Date.parse('2026-12-01T09:00:00Z');
    expect(holdDeadline(new Date('2026-12-01T09:04:59Z'), sent)).toBe(Date.parse('2026-12-01T09:04:59Z'));
    // A browser clock five minutes behind the server's would otherwise show ten minutes.
    expect(holdDeadline('2026-12-01T09:10:00Z', sent)).toBe(Date.parse('2026-12-01T09:05:00Z'));
    // A hold replayed after a reload: its old expiry stands.
    expect(holdDeadline('2026-12-01T08:58:00Z', sent)).toBe(Date.parse('2026-12-01T08:58:00Z'));
  });

  it('tells a screen reader at one minute and at half a minute left', () => {
    expect(announcementFor(61_000)).toBeNull();
    expect(announcementFor(60_000)).toBe(60);
    expect(announcementFor(31_000)).toBe(60);
    expect(announcementFor(30_000)).toBe(30);
    expect(announcementFor(1_000)).toBe(30);
    expect(announcementFor(0)).toBeNull();
  });
});
