// The hold's countdown: when it ends on this machine's clock, and how the time left is shown.
import { HOLD_MINUTES } from '@bn/domain';

/**
 * When the hold ends, in this browser's epoch milliseconds: the server's `expiresAt`, but never later than
 * HOLD_MINUTES after the request was sent. A browser clock that runs behind the server's would otherwise show
 * time that is not there; one that runs ahead shows a little less, which is the safe side.
 */
export function holdDeadline(expiresAt: Date | string | number, sentAtMs: number): number {
  return Math.min(new Date(expiresAt).getTime(), sentAtMs + HOLD_MINUTES * 60_000);
}

/**
 * When an extended hold ends on this browser's clock: the server's new `expiresAt`, but never more than HOLD_MINUTES
 * after the deadline it had (the same safe side as `holdDeadline`).
 */
export function extendedDeadline(oldDeadline: number, expiresAt: Date | string | number): number {
  return Math.min(new Date(expiresAt).getTime(), oldDeadline + HOLD_MINUTES * 60_000);
}

/** Time left as `mm:ss`, counting whole seconds up (4:59.2 shows 05:00 until it has passed) and never below 00:00. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The moments a screen reader is told how much time is left: a minute, and half a minute. */
export const ANNOUNCE_AT_SECONDS = [60, 30] as const;

/** The announcement due for this remaining time (the largest threshold passed), or null above the first. */
export function announcementFor(remainingMs: number): (typeof ANNOUNCE_AT_SECONDS)[number] | null {
  const seconds = Math.ceil(remainingMs / 1000);
  let due: (typeof ANNOUNCE_AT_SECONDS)[number] | null = null;
  for (const at of ANNOUNCE_AT_SECONDS) if (seconds <= at && seconds > 0) due = at;
  return due;
}
